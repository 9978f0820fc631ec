// Staff suspend and restore users. Each change is written with its audit row
// in one transaction; the state we expect is in the where, so two staff acting
// at once cannot both change it (the second is told nothing changed).
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";

type Changed = { name: string; changed: boolean };

function findUser(id: string) {
  return prisma.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}

export async function suspendUser(
  staff: AuditActor,
  userId: string,
  reason: string,
  now = new Date(),
): Promise<CommandResult<Changed>> {
  const user = await findUser(userId);
  if (!user) return notFound();
  if (user.id === staff.id) return refused("You cannot suspend your own account", "reason");
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, suspendedAt: null },
      data: { suspendedAt: now },
    });
    if (count === 0) return false;
    // Ending every session stops an open browser at its next page.
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(
      staff,
      {
        action: "user.suspend",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.email,
        reason,
      },
      tx,
    );
    return true;
  });
  return done({ name: user.name, changed });
}

export async function restoreUser(
  staff: AuditActor,
  userId: string,
  reason: string,
): Promise<CommandResult<Changed>> {
  const user = await findUser(userId);
  if (!user) return notFound();
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, suspendedAt: { not: null } },
      data: { suspendedAt: null },
    });
    if (count === 0) return false;
    await recordAudit(
      staff,
      {
        action: "user.restore",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.email,
        reason,
      },
      tx,
    );
    return true;
  });
  return done({ name: user.name, changed });
}

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

/**
 * Suspending and restoring are one change: set `suspendedAt` (a date suspends,
 * null restores) only if the user is in the other state, with its audit row.
 * False when the user was already in the state asked for.
 */
function setSuspended(
  staff: AuditActor,
  user: { id: string; email: string },
  reason: string,
  suspendedAt: Date | null,
) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, suspendedAt: suspendedAt ? null : { not: null } },
      data: { suspendedAt },
    });
    if (count === 0) return false;
    // Ending every session stops an open browser at its next page.
    if (suspendedAt) await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(
      staff,
      {
        action: suspendedAt ? "user.suspend" : "user.restore",
        targetType: "user",
        targetId: user.id,
        targetLabel: user.email,
        reason,
      },
      tx,
    );
    return true;
  });
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
  return done({ name: user.name, changed: await setSuspended(staff, user, reason, now) });
}

export async function restoreUser(
  staff: AuditActor,
  userId: string,
  reason: string,
): Promise<CommandResult<Changed>> {
  const user = await findUser(userId);
  if (!user) return notFound();
  return done({ name: user.name, changed: await setSuspended(staff, user, reason, null) });
}

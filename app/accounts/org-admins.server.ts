// Making and unmaking organisation admins: by an admin of the organisation, or
// by partnership staff for any organisation (issue 13). The rules are in
// org-admins.ts; each change is written with its audit row.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { adminChangeRefusal, isAdmin, onlyAdminsMessage } from "./org-admins";

async function changeAdmin(
  actor: AuditActor,
  organisationId: string,
  userId: string,
  makeAdmin: boolean,
): Promise<CommandResult<{ name: string }>> {
  const changed = await prisma.$transaction(async (tx) => {
    const members = await tx.user.findMany({
      where: { organisationId },
      select: { id: true, isOrgAdmin: true, name: true, email: true },
    });
    const target = members.find((m) => m.id === userId);
    if (!target) return null;
    const refusal = adminChangeRefusal(members, userId, makeAdmin);
    if (refusal) return { ok: false as const, reason: refusal };
    if (target.isOrgAdmin !== makeAdmin) {
      await tx.user.update({ where: { id: userId }, data: { isOrgAdmin: makeAdmin } });
      await recordAudit(
        actor,
        {
          action: makeAdmin ? "member.make-admin" : "member.unmake-admin",
          targetType: "user",
          targetId: userId,
          targetLabel: target.email,
        },
        tx,
      );
    }
    return { ok: true as const, name: target.name };
  });
  if (!changed) return notFound();
  if (!changed.ok) return refused(changed.reason);
  return done({ name: changed.name });
}

/** An admin makes a colleague an admin, or stops them being one (never the last). */
export async function setColleagueAdmin(
  actor: AuditActor & { organisationId: string; role: string },
  colleagueId: string,
  makeAdmin: boolean,
): Promise<CommandResult<{ name: string }>> {
  const me = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { isOrgAdmin: true },
  });
  if (!me || !isAdmin({ ...actor, isOrgAdmin: me.isOrgAdmin })) return refused(onlyAdminsMessage);
  return changeAdmin(actor, actor.organisationId, colleagueId, makeAdmin);
}

/** Partnership staff change an organisation's admin; its people are told. */
export async function staffSetAdmin(
  staff: AuditActor,
  organisationId: string,
  userId: string,
  makeAdmin: boolean,
): Promise<CommandResult<{ name: string }>> {
  const organisation = await prisma.organisation.findFirst({
    where: { id: organisationId, kind: { not: "staff" } },
    select: { id: true },
  });
  if (!organisation) return notFound();
  const result = await changeAdmin(staff, organisationId, userId, makeAdmin);
  if (result.status === "done")
    await notifyOrganisation({
      organisationId,
      subject: "Your organisation's admins have changed",
      message: makeAdmin
        ? `The partnership team made ${result.value.name} an admin of your organisation.`
        : `The partnership team stopped ${result.value.name} being an admin of your organisation.`,
      link: "/account",
    });
  return result;
}

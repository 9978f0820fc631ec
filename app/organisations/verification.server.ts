// Partnership staff check an organisation (or do not accept it). The decision
// and its audit row are written in one transaction; the organisation is told in
// the app and by email once it is stored.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { verifiableKinds } from "~/insights/overview.server";
import { notifyOrganisation } from "~/notifications/notify.server";

const verifiedMessages: Record<string, string> = {
  school: "You can now ask for work experience placements.",
  board: "Businesses can now find your mentors and offers.",
  sme: "Thank you for waiting.",
};

/** Staff organisations are never checked: to the staff pages and these commands they do not exist. */
export function verifiableOrganisationWhere(id: string) {
  return { id, kind: { in: [...verifiableKinds] } };
}

function findVerifiable(id: string) {
  return prisma.organisation.findFirst({
    where: verifiableOrganisationWhere(id),
    select: { id: true, name: true, kind: true },
  });
}

export async function verifyOrganisation(
  staff: AuditActor,
  organisationId: string,
  now = new Date(),
): Promise<CommandResult<{ name: string }>> {
  const organisation = await findVerifiable(organisationId);
  if (!organisation) return notFound();
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisation.id },
      data: { verificationStatus: "verified", verificationReason: null, verifiedAt: now },
    });
    await recordAudit(
      staff,
      {
        action: "organisation.verify",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
      },
      tx,
    );
  });
  await notifyOrganisation({
    organisationId: organisation.id,
    subject: "Your organisation has been checked",
    message:
      `The partnership team has checked ${organisation.name}. ${verifiedMessages[organisation.kind] ?? ""}`.trim(),
    link: "/account",
  });
  return done({ name: organisation.name });
}

/** The reason is shown to the organisation, on its account page and in the message. */
export async function declineOrganisation(
  staff: AuditActor,
  organisationId: string,
  reason: string,
): Promise<CommandResult<{ name: string }>> {
  const organisation = await findVerifiable(organisationId);
  if (!organisation) return notFound();
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisation.id },
      data: { verificationStatus: "declined", verificationReason: reason, verifiedAt: null },
    });
    await recordAudit(
      staff,
      {
        action: "organisation.decline",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
        reason,
      },
      tx,
    );
  });
  await notifyOrganisation({
    organisationId: organisation.id,
    subject: "We could not accept your organisation",
    message: `The partnership team could not accept ${organisation.name}. The reason: ${reason}`,
    link: "/account",
  });
  return done({ name: organisation.name });
}

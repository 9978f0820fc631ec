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

type Decision = {
  data: {
    verificationStatus: "verified" | "declined";
    verificationReason: string | null;
    verifiedAt: Date | null;
  };
  action: "organisation.verify" | "organisation.decline";
  reason?: string;
  notice: (organisation: { name: string; kind: string }) => { subject: string; message: string };
};

/** Verifying and declining are one command: store the decision with its audit row, then tell the organisation. */
async function decide(
  staff: AuditActor,
  organisationId: string,
  decision: Decision,
): Promise<CommandResult<{ name: string }>> {
  const organisation = await findVerifiable(organisationId);
  if (!organisation) return notFound();
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisation.id }, data: decision.data });
    await recordAudit(
      staff,
      {
        action: decision.action,
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
        reason: decision.reason,
      },
      tx,
    );
  });
  await notifyOrganisation({
    organisationId: organisation.id,
    ...decision.notice(organisation),
    link: "/account",
  });
  return done({ name: organisation.name });
}

export function verifyOrganisation(
  staff: AuditActor,
  organisationId: string,
  now = new Date(),
): Promise<CommandResult<{ name: string }>> {
  return decide(staff, organisationId, {
    data: { verificationStatus: "verified", verificationReason: null, verifiedAt: now },
    action: "organisation.verify",
    notice: ({ name, kind }) => ({
      subject: "Your organisation has been checked",
      message: `The partnership team has checked ${name}. ${verifiedMessages[kind] ?? ""}`.trim(),
    }),
  });
}

/** The reason is shown to the organisation, on its account page and in the message. */
export function declineOrganisation(
  staff: AuditActor,
  organisationId: string,
  reason: string,
): Promise<CommandResult<{ name: string }>> {
  return decide(staff, organisationId, {
    data: { verificationStatus: "declined", verificationReason: reason, verifiedAt: null },
    action: "organisation.decline",
    reason,
    notice: ({ name }) => ({
      subject: "We could not accept your organisation",
      message: `The partnership team could not accept ${name}. The reason: ${reason}`,
    }),
  });
}

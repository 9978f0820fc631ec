// Partnership staff check an organisation (or do not accept it). The decision
// and its audit row are written in one transaction; the organisation is told in
// the app and by email once it is stored.
//
// The statuses move one way (issue 13):
//   unverified ──verify──▶ verified ──revoke──▶ revoked (postings closed; mentors and offers hidden)
//        │  ▲
//  decline  ask again (the organisation, after correcting its details)
//        ▼  │
//      declined
// Each move is written with the old status in the `where`, so two staff
// deciding at once cannot both win, and a declined organisation is never
// "checked" by a stale form.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { verifiableKinds } from "~/insights/overview.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { takeDownIn, tellTakenDown, type TakenDown } from "~/opportunities/take-down.server";
import type { VerificationStatus } from "./verification";

const verifiedMessages: Record<string, string> = {
  school: "You can now ask for work experience placements.",
  board: "Businesses can now find your mentors and offers.",
  sme: "Thank you for waiting.",
};

/** Staff organisations are never checked: to the staff pages and these commands they do not exist. */
export function verifiableOrganisationWhere(id: string) {
  return { id, kind: { in: [...verifiableKinds] } };
}

type Tx = Prisma.TransactionClient;
type Organisation = { id: string; name: string; kind: string };

function findVerifiable(id: string) {
  return prisma.organisation.findFirst({
    where: verifiableOrganisationWhere(id),
    select: { id: true, name: true, kind: true, verificationStatus: true },
  });
}

/** Why a decision cannot be made on an organisation in this state, or null when it can. */
export function decisionRefusal(
  status: VerificationStatus,
  decision: "verify" | "decline" | "revoke",
): string | null {
  if (decision === "revoke")
    return status === "verified"
      ? null
      : "Only a checked organisation can have its check taken back.";
  if (status === "unverified") return null;
  switch (status) {
    case "verified":
      return decision === "verify"
        ? "This organisation has already been checked."
        : "This organisation has been checked. To stop it, take the check back instead.";
    case "declined":
      return "This organisation was not accepted. It must correct its details and ask again first.";
    case "revoked":
      return "The check on this organisation was taken back.";
  }
}

const verifiedNotice = ({ name, kind }: { name: string; kind: string }) => ({
  subject: "Your organisation has been checked",
  message: `The partnership team has checked ${name}. ${verifiedMessages[kind] ?? ""}`.trim(),
});

/**
 * Mark a waiting organisation checked inside the caller's transaction, with its
 * audit row. Returns false (and writes nothing) when it is not waiting. The
 * caller tells the organisation (`tellVerified`) once the transaction commits.
 */
export async function verifyIn(
  tx: Tx,
  staff: AuditActor,
  organisation: Organisation,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.organisation.updateMany({
    where: { id: organisation.id, verificationStatus: "unverified" },
    data: { verificationStatus: "verified", verificationReason: null, verifiedAt: now },
  });
  if (count === 0) return false;
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
  return true;
}

export function tellVerified(organisation: Organisation) {
  return notifyOrganisation({
    organisationId: organisation.id,
    ...verifiedNotice(organisation),
    link: "/account",
  });
}

export async function verifyOrganisation(
  staff: AuditActor,
  organisationId: string,
  now = new Date(),
): Promise<CommandResult<{ name: string }>> {
  const organisation = await findVerifiable(organisationId);
  if (!organisation) return notFound();
  const refusal = decisionRefusal(organisation.verificationStatus, "verify");
  if (refusal) return refused(refusal);
  const verified = await prisma.$transaction((tx) => verifyIn(tx, staff, organisation, now));
  if (!verified) return refused("Someone else has just decided on this organisation.");
  await tellVerified(organisation);
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
  const refusal = decisionRefusal(organisation.verificationStatus, "decline");
  if (refusal) return refused(refusal);
  const declined = await prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, verificationStatus: "unverified" },
      data: { verificationStatus: "declined", verificationReason: reason, verifiedAt: null },
    });
    if (count === 0) return false;
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
    return true;
  });
  if (!declined) return refused("Someone else has just decided on this organisation.");
  await notifyOrganisation({
    organisationId: organisation.id,
    subject: "We could not accept your organisation",
    message: `The partnership team could not accept ${organisation.name}. The reason: ${reason}`,
    link: "/account",
  });
  return done({ name: organisation.name });
}

/**
 * A declined organisation, having read why and corrected its details, asks to be
 * checked again: it waits for staff once more (a new review), and the request is
 * in its history for staff to see.
 */
export async function askToBeCheckedAgain(user: {
  id: string;
  email: string;
  organisationId: string;
}): Promise<CommandResult<{ name: string }>> {
  const organisation = await findVerifiable(user.organisationId);
  if (!organisation) return notFound();
  if (organisation.verificationStatus !== "declined")
    return refused("Only an organisation that was not accepted can ask to be checked again.");
  const asked = await prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, verificationStatus: "declined" },
      // The old reason stays in the history (the audit trail); the page now says "waiting".
      data: { verificationStatus: "unverified", verificationReason: null },
    });
    if (count === 0) return false;
    await recordAudit(
      user,
      {
        action: "organisation.ask-again",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
      },
      tx,
    );
    return true;
  });
  if (!asked) return refused("Your organisation has already asked to be checked again.");
  return done({ name: organisation.name });
}

/**
 * Staff take back a check, with a reason the organisation reads. Its live
 * postings close (each taken down, with the schools that asked told); its
 * mentors and offers leave every list at once, because only a verified board
 * firm's are shown (mentoring/candidates.server.ts); its users are told.
 */
export async function revokeOrganisation(
  staff: AuditActor,
  organisationId: string,
  reason: string,
  now = new Date(),
): Promise<CommandResult<{ name: string; postingsClosed: number }>> {
  const organisation = await findVerifiable(organisationId);
  if (!organisation) return notFound();
  const refusal = decisionRefusal(organisation.verificationStatus, "revoke");
  if (refusal) return refused(refusal);
  const postingReason = `The partnership team took back its check on ${organisation.name}. The reason: ${reason}`;
  const closed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, verificationStatus: "verified" },
      data: { verificationStatus: "revoked", verificationReason: reason, verifiedAt: null },
    });
    if (count === 0) return null;
    await recordAudit(
      staff,
      {
        action: "organisation.revoke",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: organisation.name,
        reason,
      },
      tx,
    );
    const where = { organisationId: organisation.id, state: "live" };
    const live = [
      ...(await tx.apprenticeship.findMany({ where, select: { id: true } })).map(({ id }) => ({
        kind: "apprenticeship" as const,
        id,
      })),
      ...(await tx.placement.findMany({ where, select: { id: true } })).map(({ id }) => ({
        kind: "placement" as const,
        id,
      })),
    ];
    const takenDown: TakenDown[] = [];
    for (const posting of live) {
      const result = await takeDownIn(tx, staff, posting.kind, posting.id, postingReason, now);
      if (result && !("refused" in result)) takenDown.push(result);
    }
    return takenDown;
  });
  if (!closed) return refused("Someone else has just decided on this organisation.");
  await notifyOrganisation({
    organisationId: organisation.id,
    subject: "The partnership team took back its check on your organisation",
    message: `The partnership team took back its check on ${organisation.name}. Your live postings are closed, and your mentors and offers are hidden. The reason: ${reason}`,
    link: "/account",
  });
  for (const posting of closed) await tellTakenDown(posting, postingReason, { employer: false });
  return done({ name: organisation.name, postingsClosed: closed.length });
}

// Posting lifecycle on the database: send for checking, staff decisions,
// closing, copying, and the job that closes postings past their closing date.
// Every state change goes through `transition` (posting-state.ts) and is
// written with the old state in the `where`, so two clicks cannot both win.
import { recordAudit } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import type { Problems } from "~/command-result";
import { prisma } from "~/db.server";
import { fieldErrorsFrom } from "~/forms/parse";
import type { Prisma } from "~/generated/prisma/client";
import type { VerificationStatus } from "~/organisations/verification";
import { verifyIn } from "~/organisations/verification.server";
import { dateToDay, startOfUkToday } from "~/time/uk-time";
import { contactMissing } from "./after-acceptance";
import { closingDateError } from "./apprenticeship-rules";
import { whereOf } from "./conditions.server";
import type { PostingKind } from "./display";
import { dueToCloseConditions } from "./live.server";
import { placementMessages, safeguardingComplete } from "./placement-rules";
import { apprenticeshipFields, placementFields } from "./posting-fields";
import { canClone, postingStateOf, transition } from "./posting-state";
import {
  apprenticeshipFormValues,
  placementFormValues,
  safeguardingRecord,
  safeguardingSelect,
  staffCountFor,
} from "./records";
import {
  apprenticeshipSchema,
  apprenticeshipSubmitErrors,
  placementSchema,
  placementSubmitErrors,
} from "./schemas";

export type { PostingKind };

/** Who a posting's history names when the system itself changed it. */
const AUTOMATIC = "automatic";

type Failure = { ok: false; errors: Record<string, string> };
type Done = {
  ok: true;
  title: string;
  organisationId: string;
  /** Set when staff checked the organisation in the same step: it is told of that too. */
  verifiedOrganisation: { id: string; name: string; kind: string } | null;
};

export type Posted = { title: string; organisationId: string };

export const safeguardingMissingMessage =
  "Complete the safeguarding checks before you send this placement for checking";

/** Every rule a vacancy must meet to go live, judged today. Empty means fine. */
function apprenticeshipProblems(
  row: Parameters<typeof apprenticeshipFormValues>[0],
  now: Date,
  firstPublication: boolean,
): Record<string, string> {
  const parsed = apprenticeshipSchema.safeParse(apprenticeshipFormValues(row));
  if (!parsed.success) return fieldErrorsFrom(parsed.error);
  return { ...apprenticeshipSubmitErrors(parsed.data, now, firstPublication) };
}

async function placementProblems(
  id: string,
  organisationId: string,
  now: Date,
): Promise<Record<string, string> | null> {
  const row = await prisma.placement.findFirst({
    where: { id, organisationId },
    select: {
      ...placementFields,
      ...safeguardingSelect,
      organisation: { select: { sizeBand: true } },
    },
  });
  if (!row) return null;
  const errors: Record<string, string> = {};
  const parsed = placementSchema.safeParse(placementFormValues(row));
  if (!parsed.success) {
    Object.assign(errors, fieldErrorsFrom(parsed.error));
  } else {
    Object.assign(errors, placementSubmitErrors(parsed.data, now));
  }
  // The contact section may be saved part-way; it is all needed now.
  for (const [field, message] of Object.entries(contactMissing(row))) errors[field] ??= message;
  const missing = safeguardingComplete(
    safeguardingRecord(row),
    // Found by its organisation above, so the organisation is there.
    staffCountFor(row.organisation?.sizeBand ?? null, row.staffCount),
  );
  if (missing.length > 0) errors.safeguarding = safeguardingMissingMessage;
  return errors;
}

export const notAcceptedSubmitMessage =
  "The partnership team did not accept your organisation, so you cannot send postings for checking. See why on your account page, correct your details and ask to be checked again.";
export const revokedSubmitMessage =
  "The partnership team took back its check on your organisation, so you cannot send postings for checking. Contact the partnership team.";

/** A declined (or revoked) organisation sends nothing for checking; one waiting may, and staff check both together. */
export async function submissionRefusal(organisationId: string): Promise<string | null> {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { verificationStatus: true },
  });
  if (organisation?.verificationStatus === "declined") return notAcceptedSubmitMessage;
  if (organisation?.verificationStatus === "revoked") return revokedSubmitMessage;
  return null;
}

/** The SME sends a draft (or a posting with changes asked for) to be checked. */
export async function submitPosting(
  kind: PostingKind,
  id: string,
  organisationId: string,
  now: Date,
): Promise<CommandResult<Posted> | Problems> {
  const sent = "This posting has already been sent for checking.";
  const refusal = await submissionRefusal(organisationId);
  if (refusal) return refused(refusal);
  if (kind === "apprenticeship") {
    const row = await prisma.apprenticeship.findFirst({
      where: { id, organisationId },
      select: { ...apprenticeshipFields, state: true, firstPublishedAt: true },
    });
    if (!row) return notFound();
    const move = transition(postingStateOf(row.state), "submit");
    if (!move.ok) return refused(move.reason);
    const errors = apprenticeshipProblems(row, now, row.firstPublishedAt === null);
    if (Object.keys(errors).length > 0) return { status: "invalid", errors };
    const { count } = await prisma.apprenticeship.updateMany({
      where: { id, organisationId, state: row.state },
      data: { state: move.state, submittedAt: now },
    });
    if (count === 0) return refused(sent);
    return done({ title: row.title, organisationId });
  }
  const row = await prisma.placement.findFirst({
    where: { id, organisationId },
    select: { state: true, title: true },
  });
  if (!row) return notFound();
  const move = transition(postingStateOf(row.state), "submit");
  if (!move.ok) return refused(move.reason);
  const errors = await placementProblems(id, organisationId, now);
  if (errors && Object.keys(errors).length > 0) return { status: "invalid", errors };
  const { count } = await prisma.placement.updateMany({
    where: { id, organisationId, state: row.state },
    data: { state: move.state, submittedAt: now },
  });
  if (count === 0) return refused(sent);
  return done({ title: row.title, organisationId });
}

type Staff = { id: string; email: string };
export type ReviewDecision =
  | { intent: "approve" }
  | { intent: "verify-and-approve" }
  | { intent: "request-changes"; reason: string };

const organisationSelect = {
  select: { id: true, name: true, kind: true, verificationStatus: true },
} as const;

/**
 * Why staff cannot approve a posting of an organisation in this state, or null.
 * Only a checked organisation reaches schools (the live rule, live.server.ts,
 * says the same); one still waiting can be checked and approved in one step.
 */
export function approvalRefusal(
  status: VerificationStatus,
  intent: "approve" | "verify-and-approve",
): string | null {
  switch (status) {
    case "verified":
      return null;
    case "unverified":
      return intent === "verify-and-approve"
        ? null
        : "This employer has not been checked yet. Check the employer and approve in one step, or send the posting back.";
    case "declined":
      return "This employer was not accepted, so its postings cannot go live. Send the posting back.";
    case "revoked":
      return "The check on this employer was taken back, so its postings cannot go live. Send the posting back.";
  }
}

/**
 * A staff decision, stored with who, when and why in PostingReview and the
 * audit trail. Approval re-checks the dates: the 7-day closing-date rule
 * applies when a vacancy is first published, which is now.
 */
export async function reviewPosting(
  kind: PostingKind,
  id: string,
  staff: Staff,
  decision: ReviewDecision,
  now: Date,
): Promise<Done | Failure | null> {
  return prisma.$transaction(async (tx) => {
    const row =
      kind === "apprenticeship"
        ? await tx.apprenticeship.findUnique({
            where: { id },
            select: {
              state: true,
              title: true,
              organisationId: true,
              closingDate: true,
              firstPublishedAt: true,
              organisation: organisationSelect,
            },
          })
        : await tx.placement.findUnique({
            where: { id },
            select: {
              state: true,
              title: true,
              organisationId: true,
              startDate: true,
              firstPublishedAt: true,
              organisation: organisationSelect,
            },
          });
    // A placement whose employer has left is nobody's to review.
    if (!row?.organisation || row.organisationId === null) return null;
    const organisation = row.organisation;
    const organisationId = row.organisationId;
    const approving = decision.intent !== "request-changes";
    const move = transition(postingStateOf(row.state), approving ? "approve" : "request-changes");
    if (!move.ok) return { ok: false as const, errors: { form: move.reason } };

    if (approving) {
      const refusal = approvalRefusal(organisation.verificationStatus, decision.intent);
      if (refusal) return { ok: false as const, errors: { form: refusal } };
      if ("closingDate" in row) {
        const problem = closingDateError(
          dateToDay(row.closingDate),
          now,
          row.firstPublishedAt === null,
        );
        if (problem)
          return {
            ok: false as const,
            errors: { form: `${problem}. Ask the employer to change it.` },
          };
      } else if ("startDate" in row && row.startDate <= startOfUkToday(now)) {
        return {
          ok: false as const,
          errors: { form: `${placementMessages.startInPast}. Ask the employer to change it.` },
        };
      }
    }

    // Checking the organisation in the same step is recorded as its own decision.
    // The transaction began IMMEDIATE, so nothing has changed since the read above.
    let verifiedOrganisation: Done["verifiedOrganisation"] = null;
    if (approving && organisation.verificationStatus === "unverified") {
      if (!(await verifyIn(tx, staff, organisation, now)))
        return {
          ok: false as const,
          errors: { form: "Someone else has just decided on this employer." },
        };
      verifiedOrganisation = organisation;
    }

    const data = approving
      ? { state: move.state, firstPublishedAt: row.firstPublishedAt ?? now, changesReason: null }
      : { state: move.state, changesReason: decision.reason };
    const where = { id, state: row.state };
    const { count } =
      kind === "apprenticeship"
        ? await tx.apprenticeship.updateMany({ where, data })
        : await tx.placement.updateMany({ where, data });
    if (count === 0)
      return {
        ok: false as const,
        errors: { form: "Someone else has just decided on this posting." },
      };

    const reason = decision.intent === "request-changes" ? decision.reason : null;
    await tx.postingReview.create({
      data: {
        ...(kind === "apprenticeship" ? { apprenticeshipId: id } : { placementId: id }),
        decision: approving ? "approved" : "changes-requested",
        reason,
        staffUserId: staff.id,
        staffEmail: staff.email,
        createdAt: now,
      },
    });
    await recordAudit(
      staff,
      {
        action: approving ? "posting.approve" : "posting.request-changes",
        targetType: kind,
        targetId: id,
        targetLabel: row.title,
        reason,
      },
      tx,
    );
    return {
      ok: true as const,
      title: row.title,
      organisationId,
      verifiedOrganisation,
    };
  });
}

/** The SME closes a live posting, with an optional reason (recorded). */
export async function closePosting(
  kind: PostingKind,
  id: string,
  user: { id: string; email: string; organisationId: string },
  reason: string | null | undefined,
  now: Date,
): Promise<CommandResult<Posted>> {
  return moveOwnPosting(kind, id, user, "close", reason ?? null, now);
}

/** A closed posting leaves "Your postings" for the archive; it can still be copied from there. */
export async function archivePosting(
  kind: PostingKind,
  id: string,
  user: { id: string; email: string; organisationId: string },
  now: Date,
): Promise<CommandResult<Posted>> {
  return moveOwnPosting(kind, id, user, "archive", null, now);
}

/** The SME's own state changes: checked and written in one transaction, and kept in the posting's history. */
async function moveOwnPosting(
  kind: PostingKind,
  id: string,
  user: { id: string; email: string; organisationId: string },
  event: "close" | "archive",
  reason: string | null,
  now: Date,
): Promise<CommandResult<Posted>> {
  return prisma.$transaction(async (tx): Promise<CommandResult<Posted>> => {
    const where = { id, organisationId: user.organisationId };
    const row =
      kind === "apprenticeship"
        ? await tx.apprenticeship.findFirst({ where, select: { state: true, title: true } })
        : await tx.placement.findFirst({ where, select: { state: true, title: true } });
    if (!row) return notFound();
    const move = transition(postingStateOf(row.state), event);
    if (!move.ok) return refused(move.reason);
    const data =
      event === "close"
        ? { state: move.state, closedAt: now, closedReason: reason }
        : { state: move.state };
    const guarded = { ...where, state: row.state };
    if (kind === "apprenticeship") await tx.apprenticeship.updateMany({ where: guarded, data });
    else await tx.placement.updateMany({ where: guarded, data });
    await tx.postingReview.create({
      data: {
        ...(kind === "apprenticeship" ? { apprenticeshipId: id } : { placementId: id }),
        decision: move.state,
        reason,
        staffUserId: user.id,
        staffEmail: user.email,
        createdAt: now,
      },
    });
    return done({ title: row.title, organisationId: user.organisationId });
  });
}

const onlyClosedCopied = "Only a closed posting can be copied.";

/** A closed posting is copied into a new draft, to be changed and sent again. */
export async function clonePosting(
  kind: PostingKind,
  id: string,
  organisationId: string,
): Promise<CommandResult<{ id: string }>> {
  if (kind === "apprenticeship") {
    const row = await prisma.apprenticeship.findFirst({
      where: { id, organisationId },
      select: { ...apprenticeshipFields, state: true },
    });
    if (!row) return notFound();
    if (!canClone(postingStateOf(row.state))) return refused(onlyClosedCopied);
    const { state: _state, ...fields } = row;
    const copy = await prisma.apprenticeship.create({
      data: { ...fields, organisationId, state: "draft", clonedFromId: id },
      select: { id: true },
    });
    return done({ id: copy.id });
  }
  const row = await prisma.placement.findFirst({
    where: { id, organisationId },
    select: {
      ...placementFields,
      state: true,
      ...safeguardingSelect,
    },
  });
  if (!row) return notFound();
  if (!canClone(postingStateOf(row.state))) return refused(onlyClosedCopied);
  const { state: _state, ...fields } = row;
  const copy = await prisma.placement.create({
    // The risk assessment is confirmed again for each new placement.
    data: {
      ...fields,
      riskAssessmentReviewed: false,
      organisationId,
      state: "draft",
      clonedFromId: id,
    },
    select: { id: true },
  });
  return done({ id: copy.id });
}

/**
 * The housekeeping job: live postings past their closing date are closed.
 * Listings already hide them (live.server.ts), so this only tidies the state.
 */
export async function autoClosePostings(now: Date): Promise<number> {
  const reasons = {
    apprenticeship: "Closed automatically after the closing date",
    placement: "Closed automatically when the placement started",
  };
  const [apprenticeships, placements] = await Promise.all([
    prisma.apprenticeship.findMany({
      where: whereOf<Prisma.ApprenticeshipWhereInput>(dueToCloseConditions("apprenticeship", now)),
      select: { id: true },
      take: 1000,
    }),
    prisma.placement.findMany({
      where: whereOf<Prisma.PlacementWhereInput>(dueToCloseConditions("placement", now)),
      select: { id: true },
      take: 1000,
    }),
  ]);
  // Each posting's history says it closed, and why, as when its owner closes it.
  return prisma.$transaction(async (tx) => {
    const due = [
      ...apprenticeships.map(({ id }) => ({ kind: "apprenticeship" as const, id })),
      ...placements.map(({ id }) => ({ kind: "placement" as const, id })),
    ];
    let closed = 0;
    for (const { kind, id } of due) {
      const where = { id, state: "live" };
      const data = { state: "closed", closedAt: now, closedReason: reasons[kind] };
      const { count } =
        kind === "apprenticeship"
          ? await tx.apprenticeship.updateMany({ where, data })
          : await tx.placement.updateMany({ where, data });
      if (count === 0) continue;
      await tx.postingReview.create({
        data: {
          ...(kind === "apprenticeship" ? { apprenticeshipId: id } : { placementId: id }),
          decision: "closed",
          reason: reasons[kind],
          staffEmail: AUTOMATIC,
          createdAt: now,
        },
      });
      closed += 1;
    }
    return closed;
  });
}

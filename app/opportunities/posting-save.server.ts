// Saving the posting forms: the commands behind the new and edit pages of each
// kind and the safeguarding page. An edit is written only while the posting can
// still be changed (draft or changes asked for), with that state in the
// `where`: a save that lost the race to a change made meanwhile (sent for
// checking in another tab, say) is refused, never reported as saved.
import type { Prisma } from "~/generated/prisma/client";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { safeguardingComplete, type MissingSafeguardingItem } from "./placement-rules";
import { canEdit, postingStateOf } from "./posting-state";
import type { Problems } from "~/command-result";
import { submitPosting, type PostingKind } from "./postings.server";
import {
  apprenticeshipData,
  placementData,
  safeguardingData,
  safeguardingRecord,
  safeguardingSelect,
  staffCountFor,
} from "./records";
import {
  apprenticeshipSubmitErrors,
  placementSubmitErrors,
  type ApprenticeshipValues,
  type PlacementValues,
  type SafeguardingValues,
} from "./schemas";

export const editOnlyMessage =
  "Only a draft, or a posting with changes asked for, can be changed. Close it and make a copy to post it again.";

export const changedMeanwhileMessage =
  "Your changes were not saved: this posting changed while you were editing it (it may have been sent for checking). Open it again to see where it is now.";

export const draftSentMessage = "This has been sent already. Find it in your postings.";

const editable = ["draft", "changes-requested"];

export type Saved = { id: string };

/**
 * What a save writes to: a posting being edited, or a new posting made from its
 * task-list draft (the only way a posting is made, decisions 048 and 052).
 */
export type SaveTarget = { postingId: string } | { draftId: string };

/**
 * Makes a posting and claims its draft in one transaction: `make` answers null
 * when the draft was claimed already (a second send of the same draft, from a
 * double click or another tab), and then nothing it wrote is kept.
 */
async function makeClaimingDraft(
  make: (tx: Prisma.TransactionClient) => Promise<string | null>,
): Promise<string | null> {
  const claimedAlready = Symbol("claimed already");
  try {
    return await prisma.$transaction(async (tx) => {
      const id = await make(tx);
      if (id === null) throw claimedAlready;
      return id;
    });
  } catch (error) {
    if (error === claimedAlready) return null;
    throw error;
  }
}

/** Saved part-way or whole: what is still needed before the placement can be sent for checking. */
export type SavedSafeguarding = Saved & { stillNeeded: MissingSafeguardingItem[] };

/**
 * Whether this employer's posting can be changed now: not found (someone
 * else's, or none), refused (no longer a draft), or done. The pages ask this
 * first, so a stranger's posting is not found whatever was posted.
 */
export async function checkEditable(
  kind: PostingKind,
  id: string,
  organisationId: string,
): Promise<CommandResult> {
  const where = { id, organisationId };
  const row =
    kind === "apprenticeship"
      ? await prisma.apprenticeship.findFirst({ where, select: { state: true } })
      : await prisma.placement.findFirst({ where, select: { state: true } });
  if (!row) return notFound();
  if (!canEdit(postingStateOf(row.state))) return refused(editOnlyMessage);
  return done();
}

/**
 * Update an apprenticeship, or make one from its draft, then, when `send` is
 * set, send it for checking. The rules that need today's date are judged
 * first: nothing is saved until they pass. A vacancy made from a draft is
 * recorded on the draft in the same transaction, so a second send of that
 * draft makes nothing more, and a retry after a refused send updates it.
 */
export async function saveApprenticeship(
  organisationId: string,
  target: SaveTarget,
  values: ApprenticeshipValues,
  { send, now }: { send: boolean; now: Date },
): Promise<CommandResult<Saved> | Problems> {
  let firstPublication = true;
  if ("postingId" in target) {
    const row = await prisma.apprenticeship.findFirst({
      where: { id: target.postingId, organisationId },
      select: { state: true, firstPublishedAt: true },
    });
    if (!row) return notFound();
    if (!canEdit(postingStateOf(row.state))) return refused(editOnlyMessage);
    firstPublication = row.firstPublishedAt === null;
  }
  if (send) {
    const errors = apprenticeshipSubmitErrors(values, now, firstPublication);
    if (Object.keys(errors).length > 0) return { status: "invalid", errors: { ...errors } };
  }
  const data = apprenticeshipData(values);
  let savedId: string;
  if ("postingId" in target) {
    const { count } = await prisma.apprenticeship.updateMany({
      where: { id: target.postingId, organisationId, state: { in: editable } },
      data,
    });
    if (count === 0) return refused(changedMeanwhileMessage);
    savedId = target.postingId;
  } else {
    const made = await makeClaimingDraft(async (tx) => {
      const created = await tx.apprenticeship.create({
        data: { ...data, organisationId },
        select: { id: true },
      });
      const { count } = await tx.vacancyDraft.updateMany({
        where: { id: target.draftId, organisationId, apprenticeshipId: null },
        data: { apprenticeshipId: created.id },
      });
      return count === 1 ? created.id : null;
    });
    if (made === null) return refused(draftSentMessage);
    savedId = made;
  }
  if (send) {
    const sent = await submitPosting("apprenticeship", savedId, organisationId, now);
    if (sent.status !== "done") return sent;
  }
  return done({ id: savedId });
}

/**
 * Update a placement, or make one from its draft. Its dates are judged on every
 * save, as the form promises. Making it takes the draft away in the same
 * transaction, so a second send of that draft makes nothing more.
 */
export async function savePlacement(
  organisationId: string,
  target: SaveTarget,
  values: PlacementValues,
  now: Date,
): Promise<CommandResult<Saved> | Problems> {
  if ("postingId" in target) {
    const row = await prisma.placement.findFirst({
      where: { id: target.postingId, organisationId },
      select: { state: true },
    });
    if (!row) return notFound();
    if (!canEdit(postingStateOf(row.state))) return refused(editOnlyMessage);
  }
  const errors = placementSubmitErrors(values, now);
  if (Object.keys(errors).length > 0) return { status: "invalid", errors: { ...errors } };
  const data = placementData(values);
  if ("draftId" in target) {
    const made = await makeClaimingDraft(async (tx) => {
      const { count } = await tx.placementDraft.deleteMany({
        where: { id: target.draftId, organisationId },
      });
      if (count !== 1) return null;
      const created = await tx.placement.create({
        data: { ...data, organisationId },
        select: { id: true },
      });
      return created.id;
    });
    return made === null ? refused(draftSentMessage) : done({ id: made });
  }
  const { count } = await prisma.placement.updateMany({
    where: { id: target.postingId, organisationId, state: { in: editable } },
    data,
  });
  if (count === 0) return refused(changedMeanwhileMessage);
  return done({ id: target.postingId });
}

/**
 * The placement's safeguarding checks. Rules that need the placement and the
 * employer are judged here: insurance outlasting the placement, and a written
 * risk assessment from 5 staff up.
 */
export async function saveSafeguarding(
  organisationId: string,
  id: string,
  values: Partial<SafeguardingValues>,
): Promise<CommandResult<SavedSafeguarding>> {
  const row = await prisma.placement.findFirst({
    where: { id, organisationId },
    select: { id: true, state: true },
  });
  if (!row) return notFound();
  if (!canEdit(postingStateOf(row.state))) return refused(editOnlyMessage);
  const saved = await prisma.placement.updateMany({
    where: { id, organisationId, state: { in: editable } },
    data: safeguardingData(values),
  });
  if (saved.count === 0) return refused(changedMeanwhileMessage);
  // What is still needed, judged on what is stored now (answers saved before included).
  const stored = await prisma.placement.findFirstOrThrow({
    where: { id, organisationId },
    select: { ...safeguardingSelect, organisation: { select: { sizeBand: true } } },
  });
  const stillNeeded = safeguardingComplete(
    safeguardingRecord(stored),
    // Found by its organisation above, so the organisation is there.
    staffCountFor(stored.organisation?.sizeBand ?? null, stored.staffCount),
  );
  return done({ id, stillNeeded });
}

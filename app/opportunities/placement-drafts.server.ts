// A placement written on its task list (issue 19, decision 052): commands for
// the draft's sections and for making the placement from it. Ownership is in
// every `where`: another organisation's draft is not found.
import { done, notFound, type CommandResult, type Problems } from "~/command-result";
import { prisma } from "~/db.server";
import { parseForm, type FormValues } from "~/forms/parse";
import { answerText } from "~/forms/task-list";
import {
  keptAnswers,
  problemsBySection,
  readDraftAnswers,
  unfinishedProblems,
} from "~/forms/task-list-drafts.server";
import { placementSectionStatus } from "./placement-section-checks";
import {
  placementSections,
  wholePlacementValues,
  type PlacementAnswers,
  type PlacementSection,
} from "./placement-sections";
import { savePlacement } from "./posting-save.server";
import { placementData } from "./records";
import { placementSchema } from "./schemas";

const readAnswers = (json: string): PlacementAnswers => readDraftAnswers(json, placementSections);

export type PlacementDraftView = { id: string; answers: PlacementAnswers; updatedAt: Date };

export async function findPlacementDraft(
  id: string | undefined,
  organisationId: string,
): Promise<PlacementDraftView | null> {
  if (!id) return null;
  const row = await prisma.placementDraft.findFirst({
    where: { id, organisationId },
    select: { id: true, answers: true, updatedAt: true },
  });
  return row && { ...row, answers: readAnswers(row.answers) };
}

/** The organisation's placements still on their task list, newest first, with a title when it has one. */
export async function listPlacementDrafts(organisationId: string) {
  const rows = await prisma.placementDraft.findMany({
    where: { organisationId },
    select: { id: true, answers: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    title: answerText(readAnswers(row.answers).about?.title) || "Untitled placement",
    updatedAt: row.updatedAt,
  }));
}

export async function startPlacementDraft(
  organisationId: string,
): Promise<CommandResult<{ id: string }>> {
  const row = await prisma.placementDraft.create({
    data: { organisationId },
    select: { id: true },
  });
  return done({ id: row.id });
}

/** Keep one section's answers as typed (checked or not: "come back later" keeps them too). */
export async function savePlacementSection(
  id: string,
  organisationId: string,
  section: PlacementSection,
  typed: FormValues,
): Promise<CommandResult> {
  const draft = await findPlacementDraft(id, organisationId);
  if (!draft) return notFound();
  const answers = { ...draft.answers, [section.name]: keptAnswers(section, typed) };
  const { count } = await prisma.placementDraft.updateMany({
    where: { id, organisationId },
    data: { answers: JSON.stringify(answers) },
  });
  return count === 1 ? done() : notFound();
}

export async function deletePlacementDraft(
  id: string,
  organisationId: string,
): Promise<CommandResult> {
  const { count } = await prisma.placementDraft.deleteMany({ where: { id, organisationId } });
  return count === 1 ? done() : notFound();
}

/**
 * Make the placement from its task list: every section completed, the whole
 * placement passing its schema, then the one save command (its date rules).
 * Done, the draft goes and the placement is a draft posting, which goes on to
 * its safeguarding checks and is sent for checking as every placement is
 * (submitPosting: the trust rules of issue 13).
 */
export async function makePlacementFromDraft(
  id: string,
  organisationId: string,
  now: Date,
): Promise<CommandResult<{ placementId: string }> | Problems> {
  const draft = await findPlacementDraft(id, organisationId);
  if (!draft) return notFound();
  const unfinished = unfinishedProblems(
    placementSections.filter((s) => placementSectionStatus(s, draft.answers) !== "completed"),
  );
  if (unfinished) return unfinished;
  const parsed = parseForm(placementSchema, wholePlacementValues(draft.answers));
  if (!parsed.ok) return problemsBySection(placementSections, parsed.errors);
  // Making the placement takes the draft away in the same transaction.
  const saved = await savePlacement(organisationId, { draftId: id }, parsed.data, now);
  if (saved.status === "invalid") return problemsBySection(placementSections, saved.errors);
  if (saved.status !== "done") return saved;
  return done({ placementId: saved.value.id });
}

/** The placement as it would be stored, when every answer passes; else null. */
export function placementOfDraft(answers: PlacementAnswers) {
  const parsed = parseForm(placementSchema, wholePlacementValues(answers));
  return parsed.ok ? placementData(parsed.data) : null;
}

// A vacancy written on its task list (issue 19, decision 048): commands for the
// draft's sections and for sending it for checking. Ownership is in every
// `where`: another organisation's draft is not found.
import { done, notFound, refused, type CommandResult, type Problems } from "~/command-result";
import { prisma } from "~/db.server";
import { parseForm, type FormValues } from "~/forms/parse";
import { answerText, sectionKey } from "~/forms/task-list";
import {
  keptAnswers,
  problemsBySection,
  readDraftAnswers,
  unfinishedProblems,
} from "~/forms/task-list-drafts.server";
import { submissionRefusal } from "./postings.server";
import { saveApprenticeship } from "./posting-save.server";
import { apprenticeshipSchema } from "./schemas";
import { sectionStatus } from "./vacancy-section-checks";
import {
  vacancySectionOfField,
  vacancySections,
  wholeVacancyValues,
  type VacancyAnswers,
  type VacancySection,
} from "./vacancy-sections";

const readAnswers = (json: string): VacancyAnswers => readDraftAnswers(json, vacancySections);

export type VacancyDraftView = {
  id: string;
  answers: VacancyAnswers;
  apprenticeshipId: string | null;
  updatedAt: Date;
};

export async function findVacancyDraft(
  id: string | undefined,
  organisationId: string,
): Promise<VacancyDraftView | null> {
  if (!id) return null;
  const row = await prisma.vacancyDraft.findFirst({
    where: { id, organisationId },
    select: { id: true, answers: true, apprenticeshipId: true, updatedAt: true },
  });
  return row && { ...row, answers: readAnswers(row.answers) };
}

/** The organisation's vacancies still on their task list, newest first, with a title when it has one. */
export async function listVacancyDrafts(organisationId: string) {
  const rows = await prisma.vacancyDraft.findMany({
    where: { organisationId },
    select: { id: true, answers: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    title: answerText(readAnswers(row.answers).job?.title) || "Untitled vacancy",
    updatedAt: row.updatedAt,
  }));
}

/** Start a vacancy; `prefill` (from a standard's link) fills in what is known, by section. */
export async function startVacancyDraft(
  organisationId: string,
  prefill: Record<string, string> = {},
): Promise<CommandResult<{ id: string }>> {
  const answers: VacancyAnswers = {};
  for (const section of vacancySections) {
    const known = Object.entries(prefill).filter(
      ([field]) => vacancySectionOfField(field) === section,
    );
    if (known.length > 0) answers[section.name] = Object.fromEntries(known);
  }
  const row = await prisma.vacancyDraft.create({
    data: { organisationId, answers: JSON.stringify(answers) },
    select: { id: true },
  });
  return done({ id: row.id });
}

/** Keep one section's answers as typed (checked or not: "come back later" keeps them too). */
export async function saveVacancySection(
  id: string,
  organisationId: string,
  section: VacancySection,
  typed: FormValues,
): Promise<CommandResult> {
  const draft = await findVacancyDraft(id, organisationId);
  if (!draft) return notFound();
  const answers = { ...draft.answers, [section.name]: keptAnswers(section, typed) };
  const { count } = await prisma.vacancyDraft.updateMany({
    where: { id, organisationId },
    data: { answers: JSON.stringify(answers) },
  });
  return count === 1 ? done() : notFound();
}

export async function deleteVacancyDraft(
  id: string,
  organisationId: string,
): Promise<CommandResult> {
  const { count } = await prisma.vacancyDraft.deleteMany({ where: { id, organisationId } });
  return count === 1 ? done() : notFound();
}

/** A problem's key on the check page: the section it is in (its row there has this id). */
export { sectionKey };

const bySection = (errors: Record<string, string>): Problems =>
  problemsBySection(vacancySections, errors);

/**
 * Send the vacancy for checking: every section completed, the whole vacancy
 * passing its schema, then the one save command (submit rules, verification
 * gate). Done, the draft goes and the vacancy is waiting for the team.
 */
export async function sendVacancyDraft(
  id: string,
  organisationId: string,
  now: Date,
): Promise<CommandResult<{ apprenticeshipId: string }> | Problems> {
  const draft = await findVacancyDraft(id, organisationId);
  if (!draft) return notFound();
  const unfinished = unfinishedProblems(
    vacancySections.filter((s) => sectionStatus(s, draft.answers) !== "completed"),
  );
  if (unfinished) return unfinished;
  // A declined organisation cannot send (issue 13): asked first, so nothing is made.
  const refusal = await submissionRefusal(organisationId);
  if (refusal) return refused(refusal);
  const parsed = parseForm(apprenticeshipSchema, wholeVacancyValues(draft.answers));
  if (!parsed.ok) return bySection(parsed.errors);
  const target = draft.apprenticeshipId ? { postingId: draft.apprenticeshipId } : { draftId: id };
  const saved = await saveApprenticeship(organisationId, target, parsed.data, { send: true, now });
  if (saved.status === "invalid") return bySection(saved.errors);
  if (saved.status !== "done") return saved;
  await prisma.vacancyDraft.deleteMany({ where: { id, organisationId } });
  return done({ apprenticeshipId: saved.value.id });
}

// A vacancy written on its task list (issue 19, decision 048): commands for the
// draft's sections and for sending it for checking. Ownership is in every
// `where`: another organisation's draft is not found.
import { z } from "zod";
import { done, notFound, refused, type CommandResult, type Problems } from "~/command-result";
import { prisma } from "~/db.server";
import { isDateParts } from "~/forms/date-input";
import { parseForm, type FormValues } from "~/forms/parse";
import { submissionRefusal } from "./postings.server";
import { saveApprenticeship } from "./posting-save.server";
import { apprenticeshipSchema } from "./schemas";
import { sectionStatus } from "./vacancy-section-checks";
import {
  draftTitle,
  sectionOfField,
  vacancySections,
  wholeVacancyValues,
  type VacancyAnswer,
  type VacancyAnswers,
  type VacancySection,
} from "./vacancy-sections";

/** Longer than any field's own limit, so the field's check (not this) names the problem. */
const KEPT_LENGTH = 10_000;

const storedBoxes = z.object({ day: z.string(), month: z.string(), year: z.string() });
const storedAnswers = z.record(
  z.string(),
  z.record(z.string(), z.union([z.string(), storedBoxes])),
);

function readAnswers(json: string): VacancyAnswers {
  try {
    const parsed = storedAnswers.safeParse(JSON.parse(json));
    if (!parsed.success) return {};
    const answers: VacancyAnswers = {};
    for (const section of vacancySections) {
      const saved = parsed.data[section.name];
      if (saved) answers[section.name] = saved;
    }
    return answers;
  } catch {
    return {};
  }
}

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
    title: draftTitle(readAnswers(row.answers)) ?? "Untitled vacancy",
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
    const known = Object.entries(prefill).filter(([field]) => sectionOfField(field) === section);
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
  const kept: Record<string, VacancyAnswer> = {};
  const cut = (text: string) => text.slice(0, KEPT_LENGTH);
  for (const field of section.fields) {
    const value = typed[field];
    // A date keeps its three boxes as typed, so "31 2 2027" comes back as it was.
    kept[field] = isDateParts(value)
      ? { day: cut(value.day), month: cut(value.month), year: cut(value.year) }
      : cut(typeof value === "string" ? value : "");
  }
  const answers = { ...draft.answers, [section.name]: kept };
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
export const sectionKey = (section: VacancySection) => `section-${section.name}`;

/** Problems keyed by section, each naming what to fix; the first problem of a section wins. */
function bySection(errors: Record<string, string>): Problems {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const section = sectionOfField(field);
    const key = section ? sectionKey(section) : "form";
    out[key] ??= section ? `${section.title}: ${message}` : message;
  }
  return { status: "invalid", errors: out };
}

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
  const unfinished = vacancySections.filter((s) => sectionStatus(s, draft.answers) !== "completed");
  if (unfinished.length > 0) {
    return {
      status: "invalid",
      errors: Object.fromEntries(
        unfinished.map((s) => [sectionKey(s), `Complete the section ${s.title}`]),
      ),
    };
  }
  // A declined organisation cannot send (issue 13): asked first, so nothing is made.
  const refusal = await submissionRefusal(organisationId);
  if (refusal) return refused(refusal);
  const parsed = parseForm(apprenticeshipSchema, wholeVacancyValues(draft.answers));
  if (!parsed.ok) return bySection(parsed.errors);
  const saved = await saveApprenticeship(organisationId, draft.apprenticeshipId, parsed.data, {
    send: true,
    now,
  });
  if (saved.status === "invalid") return bySection(saved.errors);
  if (saved.status !== "done") return saved;
  await prisma.vacancyDraft.deleteMany({ where: { id, organisationId } });
  return done({ apprenticeshipId: saved.value.id });
}

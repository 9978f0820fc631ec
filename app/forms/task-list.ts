// A form written as a task list of short pages (issue 19, decisions 048 and
// 052): the sections, their answers as typed and their status. Shared by the
// vacancy and the placement task lists. Client-safe and zod-free, so a task
// list's page stays small (the checks are in task-list-checks.ts).
import type { FormValues } from "./parse";

export type TaskSection = { name: string; title: string; fields: readonly string[] };

/** What a draft holds: each section's answers as typed (text, ticked boxes, date boxes). */
export type TaskAnswers<N extends string = string> = Partial<Record<N, FormValues>>;

export type SectionStatus = "not-started" | "in-progress" | "completed";

export const sectionStatusText: Record<SectionStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

export function sectionNamed<S extends TaskSection>(
  sections: readonly S[],
  name: string | undefined,
): S | undefined {
  return sections.find((s) => s.name === name);
}

/** The section a field is asked in (a problem found when sending names its section). */
export function sectionOfField<S extends TaskSection>(
  sections: readonly S[],
  field: string,
): S | undefined {
  return sections.find((s) => s.fields.includes(field));
}

/** Every section's answers as one form, for the whole form's schema. */
export function wholeValues(sections: readonly TaskSection[], answers: TaskAnswers): FormValues {
  return Object.assign({}, ...sections.map((s) => answers[s.name] ?? {})) as FormValues;
}

/** A saved answer as one line of text ("" for ticked boxes or date boxes). */
export function answerText(value: FormValues[string] | undefined): string {
  return typeof value === "string" ? value : "";
}

/** A problem's key on the check page: the section it is in (its row there has this id). */
export const sectionKey = (section: TaskSection) => `section-${section.name}`;

/** The task list's rows: each section with its status. */
export function taskRows<S extends TaskSection>(
  sections: readonly S[],
  statusOf: (section: S) => SectionStatus,
) {
  return sections.map((s) => ({ name: s.name, title: s.title, status: statusOf(s) }));
}

/** The check page's rows: each section, its problem key, and whether it is completed. */
export function checkRows<S extends TaskSection>(
  sections: readonly S[],
  statusOf: (section: S) => SectionStatus,
) {
  return sections.map((s) => ({
    name: s.name,
    title: s.title,
    key: sectionKey(s),
    completed: statusOf(s) === "completed",
  }));
}

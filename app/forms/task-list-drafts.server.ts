// What the task-list drafts (decisions 048 and 052) share on the server:
// reading the stored answers, keeping a page's answers as typed, and naming a
// problem found when sending by the section it is in.
import { z } from "zod";
import type { Problems } from "~/command-result";
import type { FormValues } from "./parse";
import { sectionKey, sectionOfField, type TaskAnswers, type TaskSection } from "./task-list";

/** Longer than any field's own limit, so the field's check (not this) names the problem. */
const KEPT_LENGTH = 10_000;

const text = z.string().max(KEPT_LENGTH);
const storedAnswers = z.record(
  z.string(),
  z.record(
    z.string(),
    z.union([text, z.array(text), z.object({ day: text, month: text, year: text })]),
  ),
);

/** A draft's stored JSON as answers by section; anything unreadable is left out. */
export function readDraftAnswers<N extends string>(
  json: string,
  sections: readonly { name: N }[],
): TaskAnswers<N> {
  try {
    const parsed = storedAnswers.safeParse(JSON.parse(json));
    if (!parsed.success) return {};
    const answers: TaskAnswers<N> = {};
    for (const section of sections) {
      const saved = parsed.data[section.name];
      if (saved) answers[section.name] = saved;
    }
    return answers;
  } catch {
    return {};
  }
}

/** One page's answers as typed (checked or not: "come back later" keeps them too), only its own fields. */
export function keptAnswers(section: TaskSection, typed: FormValues): FormValues {
  const cut = (value: string) => value.slice(0, KEPT_LENGTH);
  const kept: FormValues = {};
  for (const field of section.fields) {
    const value = typed[field];
    if (Array.isArray(value)) kept[field] = value.map(cut);
    else if (value && typeof value === "object") {
      kept[field] = { day: cut(value.day), month: cut(value.month), year: cut(value.year) };
    } else kept[field] = cut(value ?? "");
  }
  return kept;
}

/** Problems keyed by section, each naming what to fix; the first problem of a section wins. */
export function problemsBySection(
  sections: readonly TaskSection[],
  errors: Record<string, string>,
): Problems {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const section = sectionOfField(sections, field);
    const key = section ? sectionKey(section) : "form";
    out[key] ??= section ? `${section.title}: ${message}` : message;
  }
  return { status: "invalid", errors: out };
}

/** "Complete the section …" for each section not yet completed, or null when all are. */
export function unfinishedProblems(unfinished: readonly TaskSection[]): Problems | null {
  if (unfinished.length === 0) return null;
  return {
    status: "invalid",
    errors: Object.fromEntries(
      unfinished.map((s) => [sectionKey(s), `Complete the section ${s.title}`]),
    ),
  };
}

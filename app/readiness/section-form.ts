// The one schema for a page of the readiness check: the browser uses it through
// the react-hook-form resolver, and the action uses it on the posted form, so
// both give the same messages (STYLE.md convention 4).
import { z } from "zod";
import { choice, multiChoice } from "~/forms/fields";
import { formDataToValues } from "~/forms/parse";
import type { DimensionId } from "./dimensions";
import { NONE_VALUE, questionsFor, type Question, type QuestionBank } from "./question-bank";

/** What a section form holds: question id → value, or values for "select all that apply". */
export type SectionValues = Record<string, string | string[]>;

export type SectionSchema = z.ZodObject<Record<string, z.ZodType<string | string[]>>>;

/** The question as messages name it: "Which of these do you have in place" */
function questionName(question: Question): string {
  return question.text.trim().replace(/\?+$/, "");
}

// Every message names its question, so a page with two "select all" questions
// never lists the same words twice (and a screen reader user knows which one).
export const messages = {
  selectAllEmpty: (question: Question) =>
    `Select all that apply, or 'None of these', for: ${questionName(question)}`,
  noneNotAlone: (question: Question) =>
    `Select 'None of these' on its own, or the things you use, for: ${questionName(question)}`,
  unknownChoice: (question: Question) =>
    `Select from the answers shown for: ${questionName(question)}`,
} as const;

/** "Select an answer for: Do you back up your important files" */
export function missingAnswerMessage(question: Question): string {
  return `Select an answer for: ${questionName(question)}`;
}

function singleAnswerSchema(question: Question): z.ZodType<string> {
  const values = question.options.map((option) => option.value) as [string, ...string[]];
  // One message for missing and unknown values: either way the fix is to choose.
  return choice(values, missingAnswerMessage(question));
}

function selectAllSchema(question: Question): z.ZodType<string[]> {
  const values = question.options.map((option) => option.value) as [string, ...string[]];
  return multiChoice(values, {
    required: messages.selectAllEmpty(question),
    unknown: messages.unknownChoice(question),
  }).refine((chosen) => !(chosen.includes(NONE_VALUE) && chosen.length > 1), {
    error: messages.noneNotAlone(question),
  });
}

/** The schema for one section: a key per question id, every question required. */
export function sectionSchema(bank: QuestionBank, dimension: DimensionId): SectionSchema {
  const shape: Record<string, z.ZodType<string | string[]>> = {};
  for (const question of questionsFor(bank, dimension)) {
    shape[question.id] =
      question.style === "multi" ? selectAllSchema(question) : singleAnswerSchema(question);
  }
  return z.object(shape);
}

/**
 * Reads a posted section into the shape the schema expects. Only this section's
 * questions are read, so a post cannot set answers for another page.
 * A single answer that was not chosen is left out (the schema reports it);
 * "select all" questions always become an array, empty when nothing was ticked.
 */
export function sectionValuesFromFormData(
  bank: QuestionBank,
  dimension: DimensionId,
  formData: FormData,
): SectionValues {
  const posted = formDataToValues(formData);
  const values: SectionValues = {};
  for (const question of questionsFor(bank, dimension)) {
    const value = posted[question.id];
    if (question.style === "multi")
      values[question.id] = [value ?? []].flat().filter((v) => typeof v === "string");
    else if (typeof value === "string") values[question.id] = value;
  }
  return values;
}

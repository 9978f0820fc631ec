// Where a user is in a check: answers are saved page by page, so a user can leave
// and come back to the first page they have not finished (PRODUCT.md §1).
import type { DimensionId } from "./dimensions";
import type { QuestionBank } from "./question-bank";
import { sectionOrder } from "./question-bank";
import type { Answers } from "./scoring";
import { sectionSchema } from "./section-form";

/** A submitted check is final; retaking starts a new check. */
export type CheckStatus = "in-progress" | "submitted";

export function canEdit(status: CheckStatus): boolean {
  return status === "in-progress";
}

/**
 * A section is complete when its saved answers would pass the section form.
 * Using the same schema means "complete" can never disagree with what the form accepts.
 */
export function isSectionComplete(
  bank: QuestionBank,
  dimension: DimensionId,
  answers: Answers,
): boolean {
  return sectionSchema(bank, dimension).safeParse(answers).success;
}

/** The page to resume at, or null when every section is done. */
export function firstIncompleteSection(bank: QuestionBank, answers: Answers): DimensionId | null {
  return sectionOrder.find((dimension) => !isSectionComplete(bank, dimension, answers)) ?? null;
}

export function isCheckComplete(bank: QuestionBank, answers: Answers): boolean {
  return firstIncompleteSection(bank, answers) === null;
}

/** 1-based, for "Section 2 of 6". */
export function sectionNumber(dimension: DimensionId): number {
  return sectionOrder.indexOf(dimension) + 1;
}

export const sectionCount = sectionOrder.length;

/** The next page, or null after the last section (go to "check your answers"). */
export function nextSection(dimension: DimensionId): DimensionId | null {
  return sectionOrder[sectionOrder.indexOf(dimension) + 1] ?? null;
}

/** The page before, or null on the first section. */
export function previousSection(dimension: DimensionId): DimensionId | null {
  const index = sectionOrder.indexOf(dimension);
  return index > 0 ? sectionOrder[index - 1] : null;
}

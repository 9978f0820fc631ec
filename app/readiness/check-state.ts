// Where a user is in a check: answers are saved page by page, so a user can leave
// and come back to the first page they have not finished (PRODUCT.md §1).
import type { DimensionId } from "./dimensions";
import { readinessPaths } from "./paths";
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

// Page order lives in its own module (no zod), so pages can use it without
// loading the form schemas; re-exported here for the code that reads both.
export { nextSection, previousSection, sectionCount, sectionNumber } from "./section-order";

/** Where "Continue where you left off" goes: the first unfinished section, or the answers to check. */
export function resumePath(bank: QuestionBank, answers: Answers): string {
  const section = firstIncompleteSection(bank, answers);
  return section ? readinessPaths.section(section) : readinessPaths.checkAnswers;
}

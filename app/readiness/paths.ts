// The check's web addresses, in one place so pages and redirects agree.
import { firstIncompleteSection } from "./check-state";
import type { DimensionId } from "./dimensions";
import type { QuestionBank } from "./question-bank";
import type { Answers } from "./scoring";

export const readinessPaths = {
  start: "/readiness",
  checkAnswers: "/readiness/check-answers",
  history: "/readiness/history",
  plan: "/readiness/plan",
  /** The plan page with its "add an action" form filled from a recommendation. */
  planFrom: (recommendation: { title: string; dimension: DimensionId; checkId: string }) =>
    `/readiness/plan?${new URLSearchParams({
      title: recommendation.title,
      dimension: recommendation.dimension,
      check: recommendation.checkId,
    }).toString()}#add-action`,
  section: (dimension: DimensionId, returnToCheckAnswers = false) =>
    `/readiness/section/${dimension}${returnToCheckAnswers ? "?return=check-answers" : ""}`,
  result: (id: string) => `/readiness/results/${id}`,
  download: (id: string, format: "csv" | "json" | "pdf") =>
    `/readiness/results/${id}/download.${format}`,
};

/** Where "Continue where you left off" goes: the first unfinished section, or the answers to check. */
export function resumePath(bank: QuestionBank, answers: Answers): string {
  const section = firstIncompleteSection(bank, answers);
  return section ? readinessPaths.section(section) : readinessPaths.checkAnswers;
}

// The check's web addresses, in one place so pages and redirects agree. Nothing
// here imports the question bank, so a page that links to the check does not
// download it (where to resume is check-state.ts's `resumePath`).
import type { DimensionId } from "./dimensions";

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

// What the SME home page says about the readiness check.
import { readinessPaths } from "./paths";

/** A result older than this is worth taking again. */
export const RETAKE_AFTER_MONTHS = 6;

export type ReadinessPrompt = { text: string; href: string; label: string };

/** The date `months` calendar months before `now` (31 March less 1 month is 3 March, as in JavaScript). */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * A check in progress always comes first (finish what you started); then a
 * latest result older than 6 months; then no check at all.
 */
export function readinessPrompt(
  summary: { latest: { submittedAt: Date } | null; inProgress: { updatedAt: Date } | null },
  now: Date,
): ReadinessPrompt | null {
  if (summary.inProgress) {
    return {
      text: "You have a readiness check in progress. Your answers are saved.",
      href: readinessPaths.start,
      label: "Continue your readiness check",
    };
  }
  if (!summary.latest) {
    return {
      text: "Find out how digital your business is, and what to do next. It takes 10 to 15 minutes.",
      href: readinessPaths.start,
      label: "Take the readiness check",
    };
  }
  if (summary.latest.submittedAt < monthsBefore(now, RETAKE_AFTER_MONTHS)) {
    return {
      text: `Your last readiness check was more than ${RETAKE_AFTER_MONTHS} months ago. Take it again to see what has changed.`,
      href: readinessPaths.start,
      label: "Take the readiness check again",
    };
  }
  return null;
}

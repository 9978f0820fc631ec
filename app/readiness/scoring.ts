// Scoring rules (PRODUCT.md §1): each answer has points; a dimension's score is
// its points as a percentage of its maximum; the overall score is the mean of
// the six dimension scores.
import { bandFor, dimensionIds, type Band, type DimensionId } from "./dimensions";
import { questionsFor, type Question, type QuestionBank } from "./question-bank";

/** Question id → the chosen value, or the chosen values for "select all that apply". */
export type Answers = Record<string, string | string[]>;

export type CheckScores = {
  dimensions: Record<DimensionId, number>;
  overall: number;
  band: Band;
};

/** The most a question can score: the best single option, or every option ticked. */
export function maxPoints(question: Question): number {
  const points = question.options.map((option) => option.points);
  if (question.style === "multi") return points.reduce((sum, p) => sum + p, 0);
  return Math.max(0, ...points);
}

/**
 * Points for one answer. Anything not in the question's options (a value from
 * an older form, a tampered post) scores 0 rather than failing, so a stored
 * check can always be scored. "None of these" is worth 0.
 */
export function pointsFor(question: Question, answer: string | string[] | undefined): number {
  const pointsByValue = new Map(question.options.map((option) => [option.value, option.points]));
  if (question.style === "multi") {
    const chosen = new Set(typeof answer === "string" ? [answer] : (answer ?? []));
    let total = 0;
    for (const value of chosen) total += pointsByValue.get(value) ?? 0;
    return total;
  }
  return typeof answer === "string" ? (pointsByValue.get(answer) ?? 0) : 0;
}

/** A whole-number percentage; 0 when there is nothing to score against. */
function percentage(points: number, max: number): number {
  return max > 0 ? Math.round((points / max) * 100) : 0;
}

/**
 * Scores a check. Unanswered questions count as 0 against the maximum, so a
 * half-done section cannot score higher than it should. The overall score is the
 * mean of the six rounded dimension scores, so it matches the numbers the user sees.
 */
export function scoreCheck(bank: QuestionBank, answers: Answers): CheckScores {
  const dimensions = {} as Record<DimensionId, number>;
  for (const dimension of dimensionIds) {
    let points = 0;
    let max = 0;
    for (const question of questionsFor(bank, dimension)) {
      points += pointsFor(question, answers[question.id]);
      max += maxPoints(question);
    }
    dimensions[dimension] = percentage(points, max);
  }
  const total = dimensionIds.reduce((sum, dimension) => sum + dimensions[dimension], 0);
  const overall = Math.round(total / dimensionIds.length);
  return { dimensions, overall, band: bandFor(overall) };
}

/**
 * The dimensions to work on first, for the results page's recommendations.
 *
 * Rule: the `count` lowest-scoring dimensions, lowest first. A dimension that is
 * already Leading (76 or more) is never listed, so a strong firm may get fewer
 * than `count`, or none. Equal scores keep the usual dimension order.
 */
export function weakestDimensions(scores: Record<DimensionId, number>, count = 3): DimensionId[] {
  return dimensionIds
    .filter((dimension) => bandFor(scores[dimension]) !== "Leading")
    .sort((a, b) => scores[a] - scores[b] || dimensionIds.indexOf(a) - dimensionIds.indexOf(b))
    .slice(0, Math.max(0, count));
}

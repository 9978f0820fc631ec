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

/** How many weak dimensions the results page, matching and the request form name (PRODUCT.md: "the two or three weakest"). */
export const WEAKEST_COUNT = 3;

export type DimensionScores = Record<DimensionId, number>;

export interface WeakDimension {
  dimension: DimensionId;
  score: number;
}

/**
 * The dimensions to work on first: the one rule for the results page, the
 * mentor and offer ranking, the request form's pre-filled goals, the home page
 * and the board view.
 *
 * Rule: the `count` lowest-scoring dimensions, lowest first. A dimension that is
 * already Leading (76 or more) is not a gap and is never listed, so a strong
 * firm may get fewer than `count`, or none. Equal scores keep the usual
 * dimension order. A score outside 0 to 100 (or not a number) is read as the
 * nearest possible score, so a bad value cannot hide or invent a gap.
 */
export function weakestDimensions(scores: DimensionScores, count = WEAKEST_COUNT): WeakDimension[] {
  return dimensionIds
    .map((dimension) => ({ dimension, score: clampScore(scores[dimension]) }))
    .filter((entry) => bandFor(entry.score) !== "Leading")
    .sort((a, b) => a.score - b.score) // stable, so ties keep dimension order
    .slice(0, Math.max(0, count));
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}

// Several people in one firm (issue 17): each answers their own copy of the
// check, and the firm's result combines them. The rule, as the EU Digital
// Maturity Assessment does with several respondents: each question scores the
// MEAN of its respondents' points (a question someone left unanswered counts
// for those who answered it), and a dimension is those means as a percentage of
// its maximum, so one person's answers score exactly as they do alone. Where
// people see a dimension differently is shown, not averaged away: the spread
// between the lowest and highest of their own scores for it.
import { bandFor, dimensionIds, type DimensionId } from "./dimensions";
import { questionsFor, type QuestionBank } from "./question-bank";
import { maxPoints, pointsFor, scoreCheck, type Answers, type CheckScores } from "./scoring";

/** A spread of this many points or more (one band's width) counts as seeing things differently. */
export const DIFFERENT_VIEWS_SPREAD = 25;

export type DimensionViews = {
  dimension: DimensionId;
  lowest: number;
  highest: number;
  spread: number;
  differ: boolean;
};

export type CombinedResult = {
  scores: CheckScores;
  respondents: number;
  views: DimensionViews[];
};

/** The firm's combined result from its respondents' answers (at least one). */
export function combineRespondents(
  bank: QuestionBank,
  everyone: readonly Answers[],
): CombinedResult {
  if (everyone.length === 0) throw new Error("A combined result needs at least one respondent");
  const dimensions = {} as Record<DimensionId, number>;
  for (const dimension of dimensionIds) {
    let points = 0;
    let max = 0;
    for (const question of questionsFor(bank, dimension)) {
      const answered = everyone.filter((answers) => answers[question.id] !== undefined);
      // Nobody answered it: it scores 0, as an unanswered question does alone.
      const mean = answered.length
        ? answered.reduce((sum, answers) => sum + pointsFor(question, answers[question.id]), 0) /
          answered.length
        : 0;
      points += mean;
      max += maxPoints(question);
    }
    dimensions[dimension] = max > 0 ? Math.round((points / max) * 100) : 0;
  }
  const total = dimensionIds.reduce((sum, d) => sum + dimensions[d], 0);
  const overall = Math.round(total / dimensionIds.length);
  const own = everyone.map((answers) => scoreCheck(bank, answers).dimensions);
  const views = dimensionIds.map((dimension) => {
    const scores = own.map((s) => s[dimension]);
    const lowest = Math.min(...scores);
    const highest = Math.max(...scores);
    const spread = highest - lowest;
    return { dimension, lowest, highest, spread, differ: spread >= DIFFERENT_VIEWS_SPREAD };
  });
  return {
    scores: { dimensions, overall, band: bandFor(overall) },
    respondents: everyone.length,
    views,
  };
}

/** "People in your firm see this differently: scores from 20 to 70", or null when they broadly agree. */
export function describeViews(views: DimensionViews): string | null {
  if (!views.differ) return null;
  return `People in your business see this differently: their scores go from ${views.lowest} to ${views.highest}.`;
}

/** How far a colleague is with their own copy of the check in progress. */
export type ColleagueState = "not-asked" | "asked" | "answering" | "finished";

export const colleagueStateNames: Record<ColleagueState, string> = {
  "not-asked": "Not asked",
  asked: "Asked, not started",
  answering: "Answering",
  finished: "Finished",
};

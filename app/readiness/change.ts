// Change since the last check, for the results page.
import { dimensionIds, type DimensionId } from "./dimensions";

/** A check's scores as stored: one number per dimension, plus the overall score. */
export type ScoreSnapshot = Record<DimensionId, number> & { overall: number };

export type ScoreChange = { before: number; after: number; change: number };

export type ChangeSince = Record<DimensionId | "overall", ScoreChange>;

/** Each dimension's and the overall change, or null for a first check. */
export function changeSince(
  current: ScoreSnapshot,
  previous: ScoreSnapshot | null,
): ChangeSince | null {
  if (previous === null) return null;
  const keys = [...dimensionIds, "overall"] as const;
  const result = {} as ChangeSince;
  for (const key of keys) {
    result[key] = {
      before: previous[key],
      after: current[key],
      change: current[key] - previous[key],
    };
  }
  return result;
}

/** "Up 12", "Down 3" or "No change". */
export function describeChange(change: number): string {
  if (change > 0) return `Up ${change}`;
  if (change < 0) return `Down ${Math.abs(change)}`;
  return "No change";
}

import { MIN_PEER_GROUP } from "~/readiness/peers";
import { addDays, daysBetween, ukDay, type IsoDate } from "~/time/uk-time";

// Disclosure control for every insight table, its CSV and the board view
// (docs/decisions/019-disclosure-control.md), after the Government Statistical
// Service guidance: primary suppression of small groups, secondary suppression
// so no hidden group can be worked out from a total, and whole-week date steps
// so two views a day apart cannot be subtracted.

export type Suppression = {
  /** Groups of 1 to MIN_PEER_GROUP - 1 organisations. */
  primary: Set<number>;
  /** Groups hidden as well, so the hidden ones cannot be worked out from the total. */
  secondary: Set<number>;
  /** The total is hidden too (it is itself a small group). */
  total: boolean;
};

/**
 * Which groups to hide, given how many organisations each is built from. The
 * groups add up to a total that is shown (or can be worked out from another
 * view of the same organisations), so whenever any group is hidden, at least
 * two are, and the hidden ones together hold at least MIN_PEER_GROUP
 * organisations: subtracting the shown groups from the total then gives only
 * the sum of several groups, never one group or a small one. The smallest
 * shown groups are hidden first, as they lose the least information.
 */
export function suppressGroups(counts: readonly number[], minimum = MIN_PEER_GROUP): Suppression {
  const primary = new Set<number>();
  counts.forEach((count, i) => {
    if (count > 0 && count < minimum) primary.add(i);
  });
  const secondary = new Set<number>();
  const sum = counts.reduce((all, count) => all + count, 0);
  const total = sum > 0 && sum < minimum;
  if (primary.size === 0 || total) return { primary, secondary, total };
  const hiddenSum = () => [...primary, ...secondary].reduce((all, i) => all + (counts[i] ?? 0), 0);
  while (primary.size + secondary.size < 2 || hiddenSum() < minimum) {
    let next = -1;
    counts.forEach((count, i) => {
      if (count <= 0 || primary.has(i) || secondary.has(i)) return;
      if (next === -1 || count < (counts[next] ?? 0)) next = i;
    });
    // Nothing left to hide: every group is hidden and they add up to the total.
    if (next === -1) break;
    secondary.add(next);
  }
  return { primary, secondary, total };
}

/** Insight dates move in whole weeks, Monday to Sunday (UK days). */
export const DATE_STEP_DAYS = 7;

/** The Monday of the week `day` falls in. */
export function weekStart(day: IsoDate): IsoDate {
  // 2024-01-01 was a Monday.
  const offset = ((daysBetween("2024-01-01", day) % 7) + 7) % 7;
  return addDays(day, -offset);
}

/** The last Sunday that has fully passed: no view reaches into a week still going on. */
export function lastCompleteWeekEnd(now: Date): IsoDate {
  return addDays(weekStart(ukDay(now)), -1);
}

/**
 * The dates a view really covers: from the Monday of the start's week, to the
 * Sunday of the end's week, and never past the last complete week (no end date
 * means that Sunday). Two views a day apart are then the same view.
 */
export function steppedDates(
  dates: { from?: IsoDate; to?: IsoDate },
  now: Date,
): { from?: IsoDate; to: IsoDate } {
  const latest = lastCompleteWeekEnd(now);
  const wantedEnd = dates.to ? addDays(weekStart(dates.to), DATE_STEP_DAYS - 1) : latest;
  const to = wantedEnd < latest ? wantedEnd : latest;
  const from = dates.from ? weekStart(dates.from) : undefined;
  // A start in the week still going on would come after the end: start with that end's week.
  return { ...(from ? { from: from > to ? weekStart(to) : from } : {}), to };
}

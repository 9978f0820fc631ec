// How a view's stored-text bounds split into whole UTC months, which the counts
// tables kept by triggers can answer (decisions 054 and 056), and the cut parts
// at either end, which are read from the facts themselves.

export type Bounds = { start?: string; end?: string };

// A month's first instant as stored text (UTC, as Prisma writes dates), and the month after.
export const monthStart = (month: string) => `${month}-01T00:00:00.000+00:00`;
export const nextMonth = (month: string) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
};

export type MonthSplit = {
  /** Whole months inside the bounds: `from` (inclusive) to `before` (exclusive), either open. */
  whole?: { from?: string; before?: string };
  /** The parts of months the bounds cut (or everything, when no whole month fits). */
  cuts: Bounds[];
};

export function splitByMonths(bounds: Bounds): MonthSplit {
  let first: string | undefined;
  if (bounds.start) {
    first = bounds.start.slice(0, 7);
    if (monthStart(first) < bounds.start) first = nextMonth(first);
  }
  // The month the end falls in starts at or before it, so whole months stop before it.
  const before = bounds.end?.slice(0, 7);
  if (first && before && first >= before) return { cuts: [bounds] };
  const cuts: Bounds[] = [];
  if (bounds.start && first && monthStart(first) > bounds.start)
    cuts.push({ start: bounds.start, end: monthStart(first) });
  if (bounds.end && before && monthStart(before) < bounds.end)
    cuts.push({ start: monthStart(before), end: bounds.end });
  return {
    whole: { ...(first ? { from: first } : {}), ...(before ? { before } : {}) },
    cuts,
  };
}

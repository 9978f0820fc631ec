// Picking checks out of one organisation's list, read once. The results page
// needs the result, the one before it, the newest result, any check in progress
// and the check flagged latest: six queries before, one read and these now.
// Each picks what the query it replaces picked, in the same order: newest first
// with a missing date last (as SQLite sorts NULLs in a descending ORDER BY).

export type ListedCheck = {
  status: string;
  isLatest: boolean;
  startedAt: Date;
  submittedAt: Date | null;
};

function newest<T extends ListedCheck>(checks: T[], date: (check: T) => Date | null): T | null {
  let best: T | null = null;
  for (const check of checks) {
    const at = date(check);
    const bestAt = best ? date(best) : null;
    if (!best || (at !== null && (bestAt === null || at.getTime() > bestAt.getTime())))
      best = check;
  }
  return best;
}

const submitted = <T extends ListedCheck>(checks: T[]) =>
  checks.filter((c) => c.status === "submitted");

/** The newest submitted check (the organisation's latest result). */
export function newestSubmitted<T extends ListedCheck>(checks: T[]): T | null {
  return newest(submitted(checks), (c) => c.submittedAt);
}

/** The newest submitted check sent before `date` ("change since your last check"). */
export function submittedBefore<T extends ListedCheck>(checks: T[], date: Date): T | null {
  const earlier = submitted(checks).filter(
    (c) => c.submittedAt !== null && c.submittedAt.getTime() < date.getTime(),
  );
  return newest(earlier, (c) => c.submittedAt);
}

/** The check in progress, the newest started if (rarely) there are two. */
export function newestInProgress<T extends ListedCheck>(checks: T[]): T | null {
  return newest(
    checks.filter((c) => c.status === "in-progress"),
    (c) => c.startedAt,
  );
}

/** The submitted check flagged as the organisation's latest (peers and matching work from it). */
export function flaggedLatest<T extends ListedCheck>(checks: T[]): T | null {
  return newest(
    submitted(checks).filter((c) => c.isLatest),
    (c) => c.submittedAt,
  );
}

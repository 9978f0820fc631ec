// An SME's action plan (issue 17): recommendations turned into actions with an
// owner, a due day and a status. Pure rules here; the writes are in
// action-plan.server.ts. Reminders (issue 18) read `dueOn` and `status`.

export const actionStatuses = ["todo", "doing", "done"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusNames: Record<ActionStatus, string> = {
  todo: "To do",
  doing: "Started",
  done: "Done",
};

/**
 * Any status can follow any other: work starts, stops and is found not done
 * after all. Only a change to "done" sets the day it was finished, and leaving
 * "done" clears it, so "finished since your last check" stays true.
 */
export function completedAtAfter(
  from: { status: ActionStatus; completedAt: Date | null },
  to: ActionStatus,
  now: Date,
): Date | null {
  if (to !== "done") return null;
  return from.status === "done" ? from.completedAt : now;
}

export type PlanItem = { status: ActionStatus; dueOn: string; completedAt: Date | string | null };

export type PlanProgress = { total: number; done: number; doing: number; overdue: number };

/** How far the plan has got. Overdue: not done and due before `today` ("YYYY-MM-DD", London). */
export function planProgress(items: readonly PlanItem[], today: string): PlanProgress {
  return {
    total: items.length,
    done: items.filter((i) => i.status === "done").length,
    doing: items.filter((i) => i.status === "doing").length,
    overdue: items.filter((i) => i.status !== "done" && i.dueOn < today).length,
  };
}

/** "2 of 5 actions done, 1 started, 1 past its due date" */
export function describeProgress(progress: PlanProgress): string {
  if (progress.total === 0) return "Your plan has no actions yet.";
  const parts = [
    `${progress.done} of ${progress.total} ${progress.total === 1 ? "action" : "actions"} done`,
  ];
  if (progress.doing > 0) parts.push(`${progress.doing} started`);
  if (progress.overdue > 0)
    parts.push(`${progress.overdue} past ${progress.overdue === 1 ? "its" : "their"} due date`);
  return parts.join(", ");
}

/** What was finished between two checks: done, and finished after `from` and up to `to`. */
export function finishedBetween(items: readonly PlanItem[], from: Date, to: Date): number {
  return items.filter((item) => {
    if (item.status !== "done" || item.completedAt === null) return false;
    const at = new Date(item.completedAt).getTime();
    return at > from.getTime() && at <= to.getTime();
  }).length;
}

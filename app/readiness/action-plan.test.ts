import { describe, expect, test } from "vitest";
import { actionItemSchema } from "./action-plan-forms";
import {
  completedAtAfter,
  describeProgress,
  finishedBetween,
  planProgress,
  type PlanItem,
} from "./action-plan";

const now = new Date("2026-12-01T12:00:00Z");
const earlier = new Date("2026-11-20T09:00:00Z");

describe("an action's states", () => {
  test("finishing an action records when", () => {
    expect(completedAtAfter({ status: "todo", completedAt: null }, "done", now)).toEqual(now);
    expect(completedAtAfter({ status: "doing", completedAt: null }, "done", now)).toEqual(now);
  });
  test("saving 'done' again keeps the day it was first finished", () => {
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "done", now)).toEqual(
      earlier,
    );
  });
  test("starting or reopening clears it", () => {
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "todo", now)).toBeNull();
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "doing", now)).toBeNull();
    expect(completedAtAfter({ status: "todo", completedAt: null }, "doing", now)).toBeNull();
  });
});

const items: PlanItem[] = [
  { status: "done", dueOn: "2026-11-01", completedAt: earlier },
  { status: "doing", dueOn: "2026-11-30", completedAt: null },
  { status: "todo", dueOn: "2026-12-01", completedAt: null },
  { status: "todo", dueOn: "2027-01-10", completedAt: null },
];

describe("progress", () => {
  test("counts done, started and overdue (due before today, not done)", () => {
    expect(planProgress(items, "2026-12-01")).toEqual({ total: 4, done: 1, doing: 1, overdue: 1 });
  });
  test("says it in words", () => {
    expect(describeProgress(planProgress(items, "2026-12-01"))).toBe(
      "1 of 4 actions done, 1 started, 1 past its due date",
    );
    expect(describeProgress(planProgress([], "2026-12-01"))).toBe("Your plan has no actions yet.");
  });
  test("what was finished between two checks", () => {
    expect(finishedBetween(items, new Date("2026-11-01T00:00:00Z"), now)).toBe(1);
    expect(finishedBetween(items, earlier, now)).toBe(0);
  });
});

describe("the action form", () => {
  test("needs what, who and when, and names each", () => {
    const result = actionItemSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(
      ["Enter the day it is due", "Enter what you will do", "Enter who will do it"].sort(),
    );
  });
  test("reads a due day and an optional area", () => {
    expect(
      actionItemSchema.parse({
        title: "Turn on two-step sign-in",
        owner: "Sam",
        dueOn: "2027-01-31",
        dimension: "cyber",
        checkId: "",
      }),
    ).toEqual({
      title: "Turn on two-step sign-in",
      owner: "Sam",
      dueOn: "2027-01-31",
      dimension: "cyber",
      checkId: null,
    });
  });
});

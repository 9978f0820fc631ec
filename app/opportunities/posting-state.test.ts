import { describe, expect, test } from "vitest";
import {
  availableEvents,
  canClone,
  canEdit,
  nextStepText,
  postingEvents,
  postingStateOf,
  postingStates,
  transition,
  type PostingEvent,
  type PostingState,
} from "./posting-state";

// The whole lifecycle (PRODUCT.md §2) as a table: every move not listed is refused.
const allowed: Array<[PostingState, PostingEvent, PostingState]> = [
  ["draft", "submit", "submitted"],
  ["changes-requested", "submit", "submitted"],
  ["submitted", "approve", "live"],
  ["submitted", "request-changes", "changes-requested"],
  ["live", "close", "closed"],
  ["live", "auto-close", "closed"],
  ["live", "take-down", "closed"],
  ["closed", "archive", "archived"],
];

const refused = postingStates.flatMap((state) =>
  postingEvents
    .filter((event) => !allowed.some(([from, e]) => from === state && e === event))
    .map((event) => [state, event] as [PostingState, PostingEvent]),
);

describe("allowed moves", () => {
  test.each(allowed)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, state: to });
  });
});

describe("refused moves", () => {
  test("every other state and event pair is refused (34 of them)", () => {
    expect(refused).toHaveLength(postingStates.length * postingEvents.length - allowed.length);
  });

  test.each(refused)("%s cannot %s, with a plain reason", (state, event) => {
    const result = transition(state, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^This posting|^Changes have/);
  });

  test("a draft cannot be approved before it is sent for checking", () => {
    expect(transition("draft", "approve")).toEqual({
      ok: false,
      reason:
        "This posting is still a draft. Only a posting waiting to be checked can be approved.",
    });
  });

  test("a draft cannot be closed: only a live posting can", () => {
    expect(transition("draft", "close")).toEqual({
      ok: false,
      reason: "This posting is still a draft. Only a live posting can be closed.",
    });
    expect(transition("submitted", "close").ok).toBe(false);
  });

  test("approving twice (two staff at once) says it is already live", () => {
    expect(transition("live", "approve")).toEqual({
      ok: false,
      reason: "This posting is already live.",
    });
  });

  test("closing twice says it is already closed", () => {
    expect(transition("closed", "close")).toEqual({
      ok: false,
      reason: "This posting is already closed.",
    });
    expect(transition("closed", "auto-close")).toEqual({
      ok: false,
      reason: "This posting is already closed.",
    });
  });

  test("a live posting cannot be archived before it is closed", () => {
    expect(transition("live", "archive")).toEqual({
      ok: false,
      reason: "This posting is live. Only a closed posting can be archived.",
    });
  });

  test("a closed posting cannot be sent for checking again; it is copied instead", () => {
    expect(transition("closed", "submit").ok).toBe(false);
    expect(canClone("closed")).toBe(true);
  });
});

test("the buttons a page may offer follow the same table", () => {
  expect(availableEvents("draft")).toEqual(["submit"]);
  expect(availableEvents("submitted")).toEqual(["approve", "request-changes"]);
  expect(availableEvents("live")).toEqual(["close", "auto-close", "take-down"]);
  expect(availableEvents("archived")).toEqual([]);
});

describe("editing and cloning", () => {
  test.each(postingStates)("%s: edit only in draft or changes requested", (state) => {
    expect(canEdit(state)).toBe(state === "draft" || state === "changes-requested");
  });

  test.each(postingStates)("%s: clone only when closed or archived", (state) => {
    expect(canClone(state)).toBe(state === "closed" || state === "archived");
  });
});

describe("next step for My postings", () => {
  test("a submitted posting is waiting for partnership staff", () => {
    expect(nextStepText("submitted")).toBe("Waiting for partnership staff to check it");
  });

  test("changes requested tells the employer what to do", () => {
    expect(nextStepText("changes-requested")).toBe(
      "Make the changes asked for, then send it again",
    );
  });

  test.each(postingStates)("%s has its own next step", (state) => {
    expect(nextStepText(state).length).toBeGreaterThan(0);
  });

  test("every state has a different next step", () => {
    const texts = postingStates.map(nextStepText);
    expect(new Set(texts).size).toBe(postingStates.length);
  });
});

describe("a state read from the database", () => {
  test("every known state is itself", () => {
    for (const state of postingStates) expect(postingStateOf(state)).toBe(state);
  });

  test("an unknown state is a bug and throws, rather than passing for a draft", () => {
    expect(() => postingStateOf("bogus")).toThrow('Unknown posting state "bogus"');
  });
});

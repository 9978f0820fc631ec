import { describe, expect, it } from "vitest";
import {
  REQUEST_EXPIRY_DAYS,
  availableEvents,
  expiresAt,
  isExpired,
  isFinal,
  requestEvents,
  requestStates,
  transition,
  whoCan,
  type RequestActor,
  type RequestEvent,
  type RequestState,
} from "./request-state";

const DAY = 24 * 60 * 60 * 1000;
const createdAt = new Date("2026-03-01T10:00:00Z");
const soon = new Date(createdAt.getTime() + 2 * DAY);

// The right actor and a reason for each event, so a refusal can only come from the state.
const rightActor: Record<RequestEvent, RequestActor> = {
  accept: "mentor",
  decline: "mentor",
  cancel: "sme",
  expire: "system",
  end: "sme",
};

function run(
  state: RequestState,
  event: RequestEvent,
  extra: { actor?: RequestActor; reason?: string | null; now?: Date } = {},
) {
  const now = extra.now ?? (event === "expire" ? new Date(createdAt.getTime() + 15 * DAY) : soon);
  return transition(state, event, {
    actor: extra.actor ?? rightActor[event],
    createdAt,
    now,
    reason: "reason" in extra ? extra.reason : "No longer needed",
  });
}

describe("allowed transitions", () => {
  it.each([
    ["pending", "accept", "accepted"],
    ["pending", "decline", "declined"],
    ["pending", "cancel", "cancelled"],
    ["pending", "expire", "expired"],
    ["accepted", "end", "completed"],
  ] as const)("%s --%s--> %s", (from, event, to) => {
    expect(run(from, event)).toEqual({ ok: true, state: to });
  });

  it("either side can end mentoring", () => {
    expect(run("accepted", "end", { actor: "mentor" })).toEqual({ ok: true, state: "completed" });
    expect(run("accepted", "end", { actor: "sme" })).toEqual({ ok: true, state: "completed" });
  });
});

describe("refused transitions", () => {
  const allowed = new Set([
    "pending:accept",
    "pending:decline",
    "pending:cancel",
    "pending:expire",
    "accepted:end",
  ]);
  const refusedPairs = requestStates.flatMap((state) =>
    requestEvents
      .filter((event) => !allowed.has(`${state}:${event}`))
      .map((event) => [state, event] as const),
  );

  it("covers every other state and event pair", () => {
    expect(refusedPairs).toHaveLength(requestStates.length * requestEvents.length - allowed.size);
  });

  it.each(refusedPairs)("%s cannot take %s", (state, event) => {
    const result = run(state, event);
    expect(result.ok).toBe(false);
  });

  it("explains the refusal in plain words", () => {
    expect(run("accepted", "accept")).toEqual({
      ok: false,
      reason: "This request has already been accepted.",
    });
    expect(run("accepted", "cancel")).toEqual({
      ok: false,
      reason: "Mentoring has already started. You can end it instead.",
    });
    expect(run("pending", "end")).toEqual({ ok: false, reason: "Mentoring has not started yet." });
    expect(run("declined", "accept")).toEqual({ ok: false, reason: "This request was declined." });
    expect(run("cancelled", "accept")).toEqual({
      ok: false,
      reason: "This request was cancelled.",
    });
    expect(run("expired", "accept")).toEqual({ ok: false, reason: "This request has expired." });
    expect(run("completed", "end")).toEqual({
      ok: false,
      reason: "This mentoring has already ended.",
    });
  });

  it("declining needs a reason", () => {
    expect(run("pending", "decline", { reason: "" })).toEqual({
      ok: false,
      reason: "Enter a reason for declining",
    });
    expect(run("pending", "decline", { reason: "   " })).toEqual({
      ok: false,
      reason: "Enter a reason for declining",
    });
    expect(run("pending", "decline", { reason: null })).toEqual({
      ok: false,
      reason: "Enter a reason for declining",
    });
  });

  it("ending needs a reason", () => {
    expect(run("accepted", "end", { reason: undefined })).toEqual({
      ok: false,
      reason: "Enter a reason for ending mentoring",
    });
  });

  it("accepting and cancelling need no reason", () => {
    expect(run("pending", "accept", { reason: null }).ok).toBe(true);
    expect(run("pending", "cancel", { reason: null }).ok).toBe(true);
  });
});

describe("who can do what", () => {
  it("only the mentor accepts or declines; only the SME cancels; either ends; only the system expires", () => {
    expect(whoCan("accept")).toEqual(["mentor"]);
    expect(whoCan("decline")).toEqual(["mentor"]);
    expect(whoCan("cancel")).toEqual(["sme"]);
    expect(whoCan("end")).toEqual(["sme", "mentor"]);
    expect(whoCan("expire")).toEqual(["system"]);
  });

  it.each([
    ["accept", "sme", "Only the mentor can accept a request."],
    ["accept", "system", "Only the mentor can accept a request."],
    ["decline", "sme", "Only the mentor can decline a request."],
    ["cancel", "mentor", "Only the firm that sent the request can cancel it."],
    ["expire", "mentor", "Requests expire on their own after 14 days."],
    ["expire", "sme", "Requests expire on their own after 14 days."],
    ["end", "system", "Only the firm or the mentor can end mentoring."],
  ] as const)("%s by %s is refused", (event, actor, reason) => {
    const from = event === "end" ? "accepted" : "pending";
    expect(run(from, event, { actor })).toEqual({ ok: false, reason });
  });

  it("lists the buttons each side should see", () => {
    expect(availableEvents("pending", "mentor")).toEqual(["accept", "decline"]);
    expect(availableEvents("pending", "sme")).toEqual(["cancel"]);
    expect(availableEvents("accepted", "sme")).toEqual(["end"]);
    expect(availableEvents("accepted", "mentor")).toEqual(["end"]);
    expect(availableEvents("completed", "mentor")).toEqual([]);
  });
});

describe("expiry", () => {
  it("a request waits 14 days", () => {
    expect(REQUEST_EXPIRY_DAYS).toBe(14);
    expect(expiresAt(createdAt)).toEqual(new Date("2026-03-15T10:00:00Z"));
  });

  it("has not expired after 13 days, and has after 14", () => {
    expect(isExpired(createdAt, new Date(createdAt.getTime() + 13 * DAY))).toBe(false);
    expect(isExpired(createdAt, new Date(createdAt.getTime() + 14 * DAY - 1))).toBe(false);
    expect(isExpired(createdAt, new Date(createdAt.getTime() + 14 * DAY))).toBe(true);
  });

  it("the system cannot expire a request at 13 days, but can at 14", () => {
    const at13 = new Date(createdAt.getTime() + 13 * DAY);
    const at14 = new Date(createdAt.getTime() + 14 * DAY);
    expect(run("pending", "expire", { now: at13 })).toEqual({
      ok: false,
      reason: "This request has not been waiting 14 days yet.",
    });
    expect(run("pending", "expire", { now: at14 })).toEqual({ ok: true, state: "expired" });
  });

  it("a mentor can accept at 13 days, but not at 14 even if the clean-up has not run", () => {
    const at13 = new Date(createdAt.getTime() + 13 * DAY);
    const at14 = new Date(createdAt.getTime() + 14 * DAY);
    expect(run("pending", "accept", { now: at13 })).toEqual({ ok: true, state: "accepted" });
    expect(run("pending", "accept", { now: at14 })).toEqual({
      ok: false,
      reason: "This request has expired, as nobody answered it within 14 days.",
    });
    expect(run("pending", "cancel", { now: at14 }).ok).toBe(false);
  });

  it("ending active mentoring does not depend on the request's age", () => {
    const muchLater = new Date(createdAt.getTime() + 200 * DAY);
    expect(run("accepted", "end", { now: muchLater })).toEqual({ ok: true, state: "completed" });
  });
});

describe("states", () => {
  it("only pending and accepted can still change", () => {
    expect(requestStates.filter((s) => !isFinal(s))).toEqual(["pending", "accepted"]);
  });
});

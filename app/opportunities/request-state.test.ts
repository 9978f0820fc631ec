import { describe, expect, test } from "vitest";
import {
  noPlacesLeftMessage,
  canAccept,
  canRecordOutcome,
  isFinal,
  requestStateOf,
  requestStates,
  shouldExpireRequest,
  transitionRequest,
  type RequestEvent,
  type RequestState,
} from "./request-state";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const today = on("2026-06-01");
const startsLater = "2026-07-06";

const events: Record<RequestEvent["type"], RequestEvent> = {
  view: { type: "view" },
  accept: { type: "accept", placesAccepted: 2, placesRequested: 3 },
  decline: { type: "decline", reason: "We are fully booked that week" },
  withdraw: { type: "withdraw", placementStartDate: startsLater, today },
  expire: { type: "expire" },
};

const allowed: Array<[RequestState, RequestEvent["type"], RequestState]> = [
  ["new", "view", "viewed"],
  ["new", "accept", "accepted"],
  ["viewed", "accept", "accepted"],
  ["new", "decline", "declined"],
  ["viewed", "decline", "declined"],
  ["new", "withdraw", "withdrawn"],
  ["viewed", "withdraw", "withdrawn"],
  ["accepted", "withdraw", "withdrawn"],
  ["new", "expire", "expired"],
  ["viewed", "expire", "expired"],
];

const refused = requestStates.flatMap((state) =>
  (Object.keys(events) as RequestEvent["type"][])
    .filter((type) => !allowed.some(([from, e]) => from === state && e === type))
    .map((type) => [state, type] as [RequestState, RequestEvent["type"]]),
);

describe("allowed moves", () => {
  test.each(allowed)("%s --%s--> %s", (from, type, to) => {
    expect(transitionRequest(from, events[type])).toEqual({ ok: true, state: to });
  });
});

describe("refused moves", () => {
  test.each(refused)("%s cannot %s", (state, type) => {
    const result = transitionRequest(state, events[type]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  test("a declined request cannot then be accepted", () => {
    expect(transitionRequest("declined", events.accept)).toEqual({
      ok: false,
      reason: "This request has already been declined.",
    });
  });

  test("an accepted request cannot be accepted again", () => {
    expect(transitionRequest("accepted", events.accept)).toEqual({
      ok: false,
      reason: "This request has already been accepted.",
    });
  });

  test("a withdrawn request cannot be answered", () => {
    expect(transitionRequest("withdrawn", events.decline)).toEqual({
      ok: false,
      reason: "The school has withdrawn this request.",
    });
  });

  test("viewing twice is refused, so the page can ignore it", () => {
    expect(transitionRequest("viewed", events.view)).toEqual({
      ok: false,
      reason: "This request has already been viewed.",
    });
  });
});

describe("accepting all or some places", () => {
  const accept = (placesAccepted: number, placesRequested = 3) =>
    transitionRequest("viewed", { type: "accept", placesAccepted, placesRequested });

  test("all 3 places asked for can be accepted, or just 1", () => {
    expect(accept(3).ok).toBe(true);
    expect(accept(1).ok).toBe(true);
  });

  test("0 places is refused", () => {
    expect(accept(0)).toEqual({ ok: false, reason: "Accept at least 1 place." });
  });

  test("more places than the school asked for is refused", () => {
    expect(accept(4)).toEqual({
      ok: false,
      reason: "The school asked for 3 places, so you can accept up to 3.",
    });
    expect(accept(2, 1)).toEqual({
      ok: false,
      reason: "The school asked for 1 place, so you can accept up to 1.",
    });
  });
});

describe("declining", () => {
  test.each([undefined, null, "", "   "])("a decline with reason %j is refused", (reason) => {
    expect(transitionRequest("new", { type: "decline", reason })).toEqual({
      ok: false,
      reason: "Enter a reason for declining.",
    });
  });
});

describe("withdrawing", () => {
  test("the school can withdraw an accepted request the day before the placement starts", () => {
    const result = transitionRequest("accepted", {
      type: "withdraw",
      placementStartDate: "2026-06-02",
      today,
    });
    expect(result).toEqual({ ok: true, state: "withdrawn" });
  });

  test("the school cannot withdraw once the placement has started", () => {
    const result = transitionRequest("accepted", {
      type: "withdraw",
      placementStartDate: "2026-06-01",
      today,
    });
    expect(result).toEqual({
      ok: false,
      reason: "The placement has already started, so the request cannot be withdrawn.",
    });
  });
});

describe("expiry", () => {
  test("an unanswered request expires when its placement closes", () => {
    expect(shouldExpireRequest("new", { closed: true, startDate: startsLater }, today)).toBe(true);
    expect(shouldExpireRequest("viewed", { closed: true, startDate: startsLater }, today)).toBe(
      true,
    );
  });

  test("an unanswered request expires on the day its placement starts, not the day before", () => {
    expect(shouldExpireRequest("new", { closed: false, startDate: "2026-06-01" }, today)).toBe(
      true,
    );
    expect(shouldExpireRequest("new", { closed: false, startDate: "2026-06-02" }, today)).toBe(
      false,
    );
  });

  test.each(["accepted", "declined", "withdrawn", "expired"] as const)(
    "a %s request never expires",
    (state) => {
      expect(shouldExpireRequest(state, { closed: true, startDate: "2026-01-01" }, today)).toBe(
        false,
      );
    },
  );

  test("declined, withdrawn and expired requests are final", () => {
    expect(requestStates.filter(isFinal)).toEqual(["declined", "withdrawn", "expired"]);
  });
});

describe("capacity", () => {
  test("accepting the last places exactly fills the placement", () => {
    expect(canAccept(5, 3, 2)).toEqual({ ok: true, placesLeft: 0 });
  });

  test("accepting one more than is left is refused, naming what is left", () => {
    expect(canAccept(5, 3, 3)).toEqual({ ok: false, reason: "Only 2 places are left" });
  });

  test("with one place left, the message says place", () => {
    expect(canAccept(5, 4, 2)).toEqual({ ok: false, reason: "Only 1 place is left" });
  });

  test("a full placement has no places left", () => {
    expect(canAccept(5, 5, 1)).toEqual({ ok: false, reason: noPlacesLeftMessage });
  });

  test("even if somehow over-filled, it reports no places left rather than a negative number", () => {
    expect(canAccept(5, 6, 1)).toEqual({ ok: false, reason: noPlacesLeftMessage });
  });

  test("accepting 0 places is refused", () => {
    expect(canAccept(5, 0, 0)).toEqual({ ok: false, reason: "Accept at least 1 place" });
  });

  test("an empty placement can take all its places", () => {
    expect(canAccept(5, 0, 5)).toEqual({ ok: true, placesLeft: 0 });
  });
});

describe("recording attendance and feedback", () => {
  test("not on the placement's last day, but from the day after", () => {
    expect(canRecordOutcome("accepted", "2026-06-01", today)).toBe(false);
    expect(canRecordOutcome("accepted", "2026-05-31", today)).toBe(true);
  });

  test.each(["new", "viewed", "declined", "withdrawn", "expired"] as const)(
    "not for a %s request",
    (state) => {
      expect(canRecordOutcome(state, "2026-05-01", today)).toBe(false);
    },
  );
});

describe("a state read from the database", () => {
  test("every known state is itself", () => {
    for (const state of requestStates) expect(requestStateOf(state)).toBe(state);
  });

  test("an unknown state is a bug and throws, rather than passing for a new request", () => {
    expect(() => requestStateOf("bogus")).toThrow('Unknown placement request state "bogus"');
  });
});

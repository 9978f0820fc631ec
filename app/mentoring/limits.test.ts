import { describe, expect, it } from "vitest";
import {
  MAX_PENDING_REQUESTS_PER_SME,
  canAcceptRequest,
  canBookSeats,
  canSendRequest,
  seatsLeft,
  spareCapacity,
  type SendRequestInput,
} from "./limits";

const fine: SendRequestInput = {
  pendingCount: 0,
  mentorIsSelfOrg: false,
  mentorTakingRequests: true,
  mentorVerified: true,
  alreadyPendingWithThisMentor: false,
  mentorSpare: 1,
};

describe("sending a mentoring request", () => {
  it("allows at most 3 pending requests", () => {
    expect(MAX_PENDING_REQUESTS_PER_SME).toBe(3);
  });

  it("the 3rd pending request is allowed", () => {
    expect(canSendRequest({ ...fine, pendingCount: 2 })).toEqual({ ok: true });
  });

  it("a 4th pending request is refused", () => {
    expect(canSendRequest({ ...fine, pendingCount: 3 })).toEqual({
      ok: false,
      reason:
        "You already have 3 requests waiting for an answer. Wait for an answer or cancel one first.",
    });
  });

  it("a mentor with 1 space left can take a request; with none, cannot", () => {
    expect(canSendRequest({ ...fine, mentorSpare: 1 })).toEqual({ ok: true });
    expect(canSendRequest({ ...fine, mentorSpare: 0 })).toEqual({
      ok: false,
      reason: "This mentor is full at the moment.",
    });
  });

  it("refuses a mentor in the SME's own organisation", () => {
    expect(canSendRequest({ ...fine, mentorIsSelfOrg: true })).toEqual({
      ok: false,
      reason: "You cannot send a request to someone in your own organisation.",
    });
  });

  it("refuses a mentor not taking requests", () => {
    expect(canSendRequest({ ...fine, mentorTakingRequests: false })).toEqual({
      ok: false,
      reason: "This mentor is not taking new requests at the moment.",
    });
  });

  it("refuses an unverified mentor", () => {
    expect(canSendRequest({ ...fine, mentorVerified: false })).toEqual({
      ok: false,
      reason: "This mentor is not available.",
    });
  });

  it("refuses a second request to the same mentor, with that reason rather than the count", () => {
    expect(
      canSendRequest({ ...fine, alreadyPendingWithThisMentor: true, pendingCount: 3 }),
    ).toEqual({
      ok: false,
      reason: "You have already sent this mentor a request. Wait for their answer.",
    });
  });
});

describe("accepting a request", () => {
  it("is allowed while one place is free", () => {
    expect(canAcceptRequest(3, 2)).toEqual({ ok: true });
  });

  it("is refused when the mentor is at capacity", () => {
    expect(canAcceptRequest(3, 3)).toEqual({
      ok: false,
      reason:
        "You are already mentoring 3 firms, which is your limit. Raise your limit or end a relationship first.",
    });
  });

  it("uses the singular for one firm", () => {
    expect(canAcceptRequest(1, 1)).toEqual({
      ok: false,
      reason:
        "You are already mentoring 1 firm, which is your limit. Raise your limit or end a relationship first.",
    });
  });

  it("is refused when the limit was lowered below the number mentored", () => {
    expect(canAcceptRequest(2, 3)).toEqual({
      ok: false,
      reason:
        "You are already mentoring 3 firms and your limit is 2. Raise your limit or end a relationship first.",
    });
  });

  it("spare capacity is never negative", () => {
    expect(spareCapacity(3, 1)).toBe(2);
    expect(spareCapacity(2, 3)).toBe(0);
  });
});

describe("booking seats", () => {
  it("booking the last seat is allowed", () => {
    expect(canBookSeats(20, 19, 1)).toEqual({ ok: true });
  });

  it("booking all the seats left is allowed", () => {
    expect(canBookSeats(20, 17, 3)).toEqual({ ok: true });
  });

  it("one more than the last seat is refused", () => {
    expect(canBookSeats(20, 19, 2)).toEqual({ ok: false, reason: "Only 1 seat is left." });
  });

  it("more than the seats left is refused with the number left", () => {
    expect(canBookSeats(20, 17, 4)).toEqual({ ok: false, reason: "Only 3 seats are left." });
  });

  it("a full offer is refused", () => {
    expect(canBookSeats(20, 20, 1)).toEqual({ ok: false, reason: "This offer is full." });
    expect(canBookSeats(20, 21, 1)).toEqual({ ok: false, reason: "This offer is full." });
  });

  it("zero or part seats are refused", () => {
    expect(canBookSeats(20, 0, 0)).toEqual({ ok: false, reason: "Choose at least 1 seat." });
    expect(canBookSeats(20, 0, 1.5)).toEqual({ ok: false, reason: "Choose at least 1 seat." });
  });

  it("seats left are never negative", () => {
    expect(seatsLeft(20, 5)).toBe(15);
    expect(seatsLeft(20, 25)).toBe(0);
  });
});

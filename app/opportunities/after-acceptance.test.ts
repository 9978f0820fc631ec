import { describe, expect, test } from "vitest";
import {
  feedbackRevealed,
  mayShowContact,
  mayWriteMessage,
  sideOf,
  type RequestParties,
} from "./after-acceptance";
import type { RequestState } from "./request-state";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const school = { organisationId: "school-1" };
const employer = { organisationId: "employer-1" };
const otherSchool = { organisationId: "school-2" };

const request = (state: RequestState, placementEndDate = "2026-07-10"): RequestParties => ({
  state,
  schoolOrgId: "school-1",
  employerOrgId: "employer-1",
  placementEndDate,
});

describe("who sees the contact details", () => {
  const accepted = request("accepted");
  const beforeStart = on("2026-06-01");

  test("both parties of an accepted request see them", () => {
    expect(mayShowContact(school, accepted, beforeStart)).toBe(true);
    expect(mayShowContact(employer, accepted, beforeStart)).toBe(true);
  });

  test("another school never does", () => {
    expect(mayShowContact(otherSchool, accepted, beforeStart)).toBe(false);
  });

  test("a signed-out visitor never does", () => {
    expect(mayShowContact(null, accepted, beforeStart)).toBe(false);
  });

  test.each<RequestState>(["new", "viewed", "declined", "withdrawn", "expired"])(
    "a %s request shows no contact details to either side",
    (state) => {
      expect(mayShowContact(school, request(state), beforeStart)).toBe(false);
      expect(mayShowContact(employer, request(state), beforeStart)).toBe(false);
    },
  );

  test("they stay shown during the placement and up to 30 days after it ends", () => {
    expect(mayShowContact(school, accepted, on("2026-07-08"))).toBe(true);
    expect(mayShowContact(school, accepted, on("2026-08-09"))).toBe(true);
  });

  test("31 days after the end they are hidden again", () => {
    expect(mayShowContact(school, accepted, on("2026-08-10"))).toBe(false);
    expect(mayShowContact(employer, accepted, on("2026-08-10"))).toBe(false);
  });

  test("the day is a London day: 23:30 UTC on the 30th day is already the 31st in summer", () => {
    expect(mayShowContact(school, accepted, new Date("2026-08-09T23:30:00Z"))).toBe(false);
  });
});

describe("who may write on the thread", () => {
  test("both sides, from the moment the request is sent, whatever its answer", () => {
    for (const state of ["new", "viewed", "accepted", "declined", "withdrawn"] as const) {
      expect(mayWriteMessage(school, request(state), on("2026-06-01"))).toBe(true);
      expect(mayWriteMessage(employer, request(state), on("2026-06-01"))).toBe(true);
    }
  });

  test("nobody else, and nobody signed out", () => {
    expect(mayWriteMessage(otherSchool, request("accepted"), on("2026-06-01"))).toBe(false);
    expect(mayWriteMessage(null, request("accepted"), on("2026-06-01"))).toBe(false);
  });

  test("the thread closes 30 days after the placement ends", () => {
    expect(mayWriteMessage(school, request("accepted"), on("2026-08-09"))).toBe(true);
    expect(mayWriteMessage(school, request("accepted"), on("2026-08-10"))).toBe(false);
  });

  test("sideOf names the side", () => {
    expect(sideOf(school, request("new"))).toBe("school");
    expect(sideOf(employer, request("new"))).toBe("employer");
    expect(sideOf(otherSchool, request("new"))).toBeNull();
  });
});

describe("when each side sees the other's feedback", () => {
  const end = "2026-07-10";

  test("once both have given it, even the day after the end", () => {
    expect(feedbackRevealed({ school: true, employer: true }, end, on("2026-07-11"))).toBe(true);
  });

  test("not while only one side has given it, before 14 days", () => {
    expect(feedbackRevealed({ school: true, employer: false }, end, on("2026-07-23"))).toBe(false);
    expect(feedbackRevealed({ school: false, employer: true }, end, on("2026-07-23"))).toBe(false);
  });

  test("14 days after the end, whatever has been given", () => {
    expect(feedbackRevealed({ school: true, employer: false }, end, on("2026-07-24"))).toBe(true);
    expect(feedbackRevealed({ school: false, employer: false }, end, on("2026-07-24"))).toBe(true);
  });
});

describe("once one side has left SkillsBridge", () => {
  const inWindow = on("2026-06-01");
  const schoolLeft: RequestParties = { ...request("accepted"), schoolOrgId: null };
  const employerLeft: RequestParties = { ...request("accepted"), employerOrgId: null };

  test("the side still here keeps its side of the record", () => {
    expect(sideOf(employer, schoolLeft)).toBe("employer");
    expect(sideOf(school, employerLeft)).toBe("school");
  });

  test("nobody sees contact details: a side that left has none", () => {
    expect(mayShowContact(employer, schoolLeft, inWindow)).toBe(false);
    expect(mayShowContact(school, employerLeft, inWindow)).toBe(false);
  });

  test("nobody writes on the thread: nobody would read it", () => {
    expect(mayWriteMessage(employer, schoolLeft, inWindow)).toBe(false);
    expect(mayWriteMessage(school, employerLeft, inWindow)).toBe(false);
  });
});

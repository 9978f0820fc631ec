import { describe, expect, test } from "vitest";
import { isFillingUp, nextStepWhenClear, waitingLines } from "./waiting";

describe("what waits, in words", () => {
  test("only kinds with something waiting are listed, each with its count and list", () => {
    expect(
      waitingLines("sme", {
        schoolRequests: 2,
        newApplications: 3,
        attendanceToRecord: 0,
        mentoringToLog: 1,
        actionsDue: 2,
      }),
    ).toEqual([
      { text: "2 requests from schools to answer", href: "/requests", count: 2 },
      { text: "3 new applications to look at", href: "/postings", count: 3 },
      {
        text: "1 mentoring relationship with no session logged for 4 weeks",
        href: "/mentoring",
        count: 1,
      },
      { text: "2 actions in your plan due or overdue", href: "/readiness/plan", count: 2 },
    ]);
  });

  test("a count on one record links to that record's list", () => {
    const href = "/postings/apprenticeships/v1/applications?state=new";
    expect(
      waitingLines("sme", {
        schoolRequests: 0,
        newApplications: { count: 2, href },
        attendanceToRecord: 0,
        mentoringToLog: 0,
        actionsDue: 0,
      }),
    ).toEqual([{ text: "2 new applications to look at", href, count: 2 }]);
    expect(
      waitingLines("board", {
        mentoringRequests: 0,
        sessionsComingUp: { count: 0, href: "/mentoring/r1#planned" },
        offersFillingUp: 0,
      }),
    ).toEqual([]);
  });

  test("one of a thing is said in the singular", () => {
    expect(
      waitingLines("board", { mentoringRequests: 1, sessionsComingUp: 1, offersFillingUp: 1 }).map(
        (l) => l.text,
      ),
    ).toEqual([
      "1 mentoring request to answer",
      "1 mentoring session in the next 7 days",
      "1 offer is nearly full",
    ]);
    expect(
      waitingLines("staff", { postingsToReview: 3, organisationsToVerify: 1, concernsOpen: 2 }).map(
        (l) => l.href,
      ),
    ).toEqual(["/staff/review", "/staff/verification", "/staff/concerns"]);
  });

  test("nothing waiting gives no lines, and each role has a next step", () => {
    expect(
      waitingLines("school", { answersReceived: 0, placementsComingUp: 0, feedbackToGive: 0 }),
    ).toEqual([]);
    for (const step of Object.values(nextStepWhenClear)) {
      expect(step.text).toMatch(/^Nothing is waiting for you\./);
      expect(step.href).toMatch(/^\//);
    }
  });

  test("an offer is nearly full at four fifths of its seats", () => {
    expect(isFillingUp(10, 7)).toBe(false);
    expect(isFillingUp(10, 8)).toBe(true);
    expect(isFillingUp(10, 10)).toBe(true);
    expect(isFillingUp(3, 2)).toBe(false);
    expect(isFillingUp(0, 0)).toBe(false);
  });
});

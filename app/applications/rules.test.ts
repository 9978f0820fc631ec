import { describe, expect, test } from "vitest";
const at = (london: string) => new Date(`${london}:00Z`); // December: London is UTC
import {
  applicationsOpen,
  daysLeftToApply,
  describeDaysLeft,
  firstUnanswered,
  nextStep,
  stepsFor,
  takesApplications,
  type DraftAnswers,
} from "./rules";

const now = at("2026-12-01T10:00");
const live = {
  state: "live",
  applyMethod: "portal",
  closingDate: new Date("2026-12-10T00:00:00Z"),
  applicationsClosedAt: null,
};

describe("when a vacancy takes applications", () => {
  test("a live vacancy that takes applications here does, until its closing day is over", () => {
    expect(takesApplications(live, now)).toBe(true);
    expect(takesApplications(live, at("2026-12-10T23:30"))).toBe(true);
    expect(takesApplications(live, at("2026-12-11T00:01"))).toBe(false);
  });
  test("a vacancy whose employer closed applications early refuses them", () => {
    expect(takesApplications({ ...live, applicationsClosedAt: now }, now)).toBe(false);
  });
  test("a vacancy that takes applications elsewhere, or is not live, refuses them", () => {
    expect(takesApplications({ ...live, applyMethod: "external" }, now)).toBe(false);
    expect(takesApplications({ ...live, state: "closed" }, now)).toBe(false);
  });
  test("a vacancy that takes applications by email or elsewhere is open until its closing day, unless closed early", () => {
    const byEmail = { ...live, applyMethod: "email" };
    expect(applicationsOpen(byEmail, now)).toBe(true);
    expect(applicationsOpen(byEmail, at("2026-12-11T00:01"))).toBe(false);
    expect(applicationsOpen({ ...byEmail, applicationsClosedAt: now }, now)).toBe(false);
  });
});

describe("days left", () => {
  test("counts London days to the closing day", () => {
    expect(daysLeftToApply(live.closingDate, now)).toBe(9);
    expect(describeDaysLeft(9)).toBe("9 days left to apply");
    expect(describeDaysLeft(1)).toBe("1 day left to apply");
    expect(describeDaysLeft(0)).toBe("Applications close today");
    expect(describeDaysLeft(-1)).toBe("Applications have closed");
  });
});

describe("the pages an applicant sees", () => {
  test("employer questions and the guaranteed interview scheme only when the vacancy has them", () => {
    expect(stepsFor({ questions: [], disabilityConfident: false })).not.toContain("questions");
    expect(stepsFor({ questions: [], disabilityConfident: false })).not.toContain(
      "guaranteed-interview",
    );
    expect(stepsFor({ questions: ["Why us?"], disabilityConfident: true })).toContain(
      "guaranteed-interview",
    );
  });
  test("the optional CV is the last page, then check your answers", () => {
    const plain = { questions: [], disabilityConfident: false };
    expect(nextStep("why", plain)).toBe("adjustments");
    expect(nextStep("adjustments", plain)).toBe("cv");
    expect(nextStep("guaranteed-interview", { ...plain, disabilityConfident: true })).toBe("cv");
    expect(nextStep("cv", plain)).toBe("check");
  });
  test("an application cannot be checked until every required page is answered", () => {
    const vacancy = { questions: ["Why us?"], disabilityConfident: false };
    const draft: DraftAnswers = {
      name: "Sam",
      localAuthority: null,
      outcode: "B15",
      currentActivity: "school",
      qualifications: "[]",
      noQualifications: true,
      whyThis: "I like computers",
      answer1: null,
      answer2: null,
      answer3: null,
    };
    expect(firstUnanswered(draft, vacancy)).toBe("questions");
    expect(firstUnanswered({ ...draft, answer1: "Yes" }, vacancy)).toBeNull();
    expect(firstUnanswered({ ...draft, noQualifications: false }, vacancy)).toBe("qualifications");
  });
});

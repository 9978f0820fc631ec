import { describe, expect, test } from "vitest";
import { READING_AGE_LIMIT, readingAge } from "../../tests/reading-age";
import {
  applicantMessageFor,
  applicantStatusFor,
  applicationStates,
  canEmployerMove,
  employerMovesFrom,
  isOpen,
  sentStates,
} from "./application-state";

describe("the employer's moves", () => {
  test("an application goes New, Reviewing, Interviewing, Offered, Hired, one step at a time", () => {
    expect(canEmployerMove("new", "reviewing")).toBe(true);
    expect(canEmployerMove("reviewing", "interviewing")).toBe(true);
    expect(canEmployerMove("interviewing", "offered")).toBe(true);
    expect(canEmployerMove("offered", "hired")).toBe(true);
  });

  test("no step can be skipped or taken back", () => {
    expect(canEmployerMove("new", "offered")).toBe(false);
    expect(canEmployerMove("reviewing", "hired")).toBe(false);
    expect(canEmployerMove("interviewing", "reviewing")).toBe(false);
  });

  test("any open application can be marked unsuccessful", () => {
    for (const from of ["new", "reviewing", "interviewing", "offered"] as const) {
      expect(canEmployerMove(from, "unsuccessful")).toBe(true);
    }
  });

  test("hired, unsuccessful, withdrawn and drafts cannot be moved by the employer", () => {
    for (const from of ["draft", "hired", "unsuccessful", "withdrawn"] as const) {
      expect(employerMovesFrom(from)).toEqual([]);
    }
  });

  test("an employer never withdraws an application: only the applicant does", () => {
    for (const from of applicationStates) expect(canEmployerMove(from, "withdrawn")).toBe(false);
  });
});

describe("withdrawing", () => {
  test("only an open application can be withdrawn", () => {
    expect(applicationStates.filter(isOpen)).toEqual([
      "new",
      "reviewing",
      "interviewing",
      "offered",
    ]);
  });
});

describe("what the applicant is told", () => {
  const vacancy = { title: "Data apprentice", employer: "Acme Ltd" };
  test("each move the employer makes has a plain message naming the employer and the job", () => {
    for (const to of ["reviewing", "interviewing", "offered", "hired", "unsuccessful"] as const) {
      const message = applicantMessageFor(to, vacancy);
      expect(message).toContain("Acme Ltd");
      expect(message).toContain("Data apprentice");
    }
  });
  test("states the employer does not choose send nothing", () => {
    expect(applicantMessageFor("withdrawn", vacancy)).toBeNull();
    expect(applicantMessageFor("new", vacancy)).toBeNull();
  });
});

describe("the applicant's own page", () => {
  const vacancy = { title: "Baker apprentice", employer: "Crumbs Ltd" };
  test.each(sentStates)("says in plain words what %s means", (state) => {
    const words = applicantStatusFor(state, vacancy);
    expect(words).not.toBe("");
    expect(readingAge([words], [vacancy.title, vacancy.employer]).age).toBeLessThanOrEqual(
      READING_AGE_LIMIT,
    );
  });
});

import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import {
  canEdit,
  firstIncompleteSection,
  isCheckComplete,
  isSectionComplete,
  nextSection,
  previousSection,
  sectionCount,
  sectionNumber,
} from "./check-state";
import { dimensionIds, type DimensionId } from "./dimensions";
import { currentBank, questionsFor, type Question } from "./question-bank";
import type { Answers } from "./scoring";

const bank = currentBank;

function anyAnswer(question: Question): string | string[] {
  if (question.style === "multi") return ["none"];
  return at(question.options, 0).value;
}

function answerSections(...dimensions: DimensionId[]): Answers {
  return Object.fromEntries(
    dimensions.flatMap((dimension) =>
      questionsFor(bank, dimension).map((q) => [q.id, anyAnswer(q)]),
    ),
  );
}

describe("sections", () => {
  test("a section with every question answered is complete", () => {
    expect(isSectionComplete(bank, "strategy", answerSections("strategy"))).toBe(true);
  });

  test("a section with one question unanswered is not complete", () => {
    const answers = answerSections("strategy");
    delete answers["strategy-budget"];
    expect(isSectionComplete(bank, "strategy", answers)).toBe(false);
  });

  test("a section with a bad saved answer is not complete", () => {
    const answers = {
      ...answerSections("strategy"),
      "strategy-last-year": ["none", "asked-staff"],
    };
    expect(isSectionComplete(bank, "strategy", answers)).toBe(false);
  });

  test("a select-all answer saved as a single string still counts", () => {
    const answers = { ...answerSections("strategy"), "strategy-last-year": "asked-staff" };
    expect(isSectionComplete(bank, "strategy", answers)).toBe(true);
  });
});

describe("resuming a check", () => {
  test("a new check starts at the first section", () => {
    expect(firstIncompleteSection(bank, {})).toBe("strategy");
  });

  test("resumes at the first section not finished", () => {
    expect(firstIncompleteSection(bank, answerSections("strategy", "readiness"))).toBe("workforce");
  });

  test("resumes at an earlier gap even when later sections are done", () => {
    expect(firstIncompleteSection(bank, answerSections("strategy", "workforce", "data"))).toBe(
      "readiness",
    );
  });

  test("a check with every section done is complete", () => {
    const answers = answerSections(...dimensionIds);
    expect(firstIncompleteSection(bank, answers)).toBeNull();
    expect(isCheckComplete(bank, answers)).toBe(true);
  });

  test("a check missing its last section is not complete", () => {
    const answers = answerSections("strategy", "readiness", "workforce", "data", "automation");
    expect(isCheckComplete(bank, answers)).toBe(false);
  });
});

describe("moving between sections", () => {
  test("sections are numbered from 1 to 6", () => {
    expect(sectionNumber("strategy")).toBe(1);
    expect(sectionNumber("cyber")).toBe(6);
    expect(sectionCount).toBe(6);
  });

  test("next goes forward, and there is nothing after the last section", () => {
    expect(nextSection("strategy")).toBe("readiness");
    expect(nextSection("automation")).toBe("cyber");
    expect(nextSection("cyber")).toBeNull();
  });

  test("previous goes back, and there is nothing before the first section", () => {
    expect(previousSection("readiness")).toBe("strategy");
    expect(previousSection("strategy")).toBeNull();
  });
});

describe("editing", () => {
  test("a check in progress can be edited", () => {
    expect(canEdit("in-progress")).toBe(true);
  });
  test("a submitted check cannot be edited; retaking starts a new one", () => {
    expect(canEdit("submitted")).toBe(false);
  });
});

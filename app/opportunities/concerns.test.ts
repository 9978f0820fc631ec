import { describe, expect, test } from "vitest";
import { concernOutcomeLabel, concernOutcomes, outcomeForRaiser } from "./concerns";

describe("concern outcomes", () => {
  test("each outcome has a label for staff and a sentence for the person who raised it", () => {
    for (const outcome of concernOutcomes) {
      expect(concernOutcomeLabel(outcome)).not.toBe(outcome);
      expect(outcomeForRaiser(outcome)).toMatch(/^We looked into it/);
    }
  });

  test("the three sentences say different things", () => {
    expect(new Set(concernOutcomes.map(outcomeForRaiser)).size).toBe(3);
  });
});

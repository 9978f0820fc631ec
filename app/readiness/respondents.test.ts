import { describe, expect, test } from "vitest";
import { dimensionIds } from "./dimensions";
import { currentBank, questionsFor } from "./question-bank";
import { combineRespondents, describeViews, DIFFERENT_VIEWS_SPREAD } from "./respondents";
import { scoreCheck, type Answers } from "./scoring";
import { at } from "../../tests/at";

function everything(pick: "best" | "worst"): Answers {
  const answers: Answers = {};
  for (const q of currentBank.questions) {
    if (q.style === "multi")
      answers[q.id] =
        pick === "best"
          ? q.options.filter((o) => o.value !== "none").map((o) => o.value)
          : ["none"];
    else {
      const sorted = [...q.options].sort((a, b) => a.points - b.points);
      answers[q.id] = at(sorted, pick === "best" ? -1 : 0).value;
    }
  }
  return answers;
}

describe("several respondents in one firm", () => {
  test("one person alone scores exactly as the check does now", () => {
    const answers = everything("best");
    const combined = combineRespondents(currentBank, [answers]);
    expect(combined.scores).toEqual(scoreCheck(currentBank, answers));
    expect(combined.views.every((v) => v.spread === 0 && !v.differ)).toBe(true);
  });

  test("each question scores the mean of its respondents' points: best and worst make the middle", () => {
    const combined = combineRespondents(currentBank, [everything("best"), everything("worst")]);
    for (const d of dimensionIds) expect(combined.scores.dimensions[d]).toBe(50);
    expect(combined.scores.overall).toBe(50);
    expect(combined.scores.band).toBe("Developing");
    expect(combined.respondents).toBe(2);
  });

  test("a dimension where people's own scores are far apart is shown as seen differently", () => {
    const best = everything("best");
    // The second person agrees everywhere except workforce skills, which they rate the lowest.
    const second: Answers = { ...best };
    for (const q of questionsFor(currentBank, "workforce"))
      second[q.id] = everything("worst")[q.id]!;
    const combined = combineRespondents(currentBank, [best, second]);
    const workforce = combined.views.find((v) => v.dimension === "workforce")!;
    expect(workforce).toEqual({
      dimension: "workforce",
      lowest: 0,
      highest: 100,
      spread: 100,
      differ: true,
    });
    expect(describeViews(workforce)).toBe(
      "People in your business see this differently: their scores go from 0 to 100.",
    );
    const cyber = combined.views.find((v) => v.dimension === "cyber")!;
    expect(cyber.differ).toBe(false);
    expect(describeViews(cyber)).toBeNull();
    expect(DIFFERENT_VIEWS_SPREAD).toBe(25);
  });

  test("a question one person left unanswered counts the answers of those who gave one", () => {
    const best = everything("best");
    const partial: Answers = { ...everything("worst") };
    for (const q of questionsFor(currentBank, "strategy")) delete partial[q.id];
    const combined = combineRespondents(currentBank, [best, partial]);
    expect(combined.scores.dimensions.strategy).toBe(100);
    expect(combined.scores.dimensions.cyber).toBe(50);
  });

  test("no respondents is a mistake, not a score of 0", () => {
    expect(() => combineRespondents(currentBank, [])).toThrow();
  });
});

import { describe, expect, test } from "vitest";
import { bandFor, dimensionIds, type DimensionId } from "./dimensions";
import { currentBank, NONE_VALUE, type Question } from "./question-bank";
import {
  maxPoints,
  pointsFor,
  scoreCheck,
  WEAKEST_COUNT,
  weakestDimensions,
  type Answers,
} from "./scoring";

const bank = currentBank;

function question(id: string): Question {
  const found = bank.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id}`);
  return found;
}

function lowestAnswer(q: Question): string | string[] {
  if (q.style === "multi") return [NONE_VALUE];
  return q.style === "scale" ? "0" : "no";
}

function highestAnswer(q: Question): string | string[] {
  if (q.style === "multi")
    return q.options.filter((o) => o.value !== NONE_VALUE).map((o) => o.value);
  return q.style === "scale" ? "5" : "yes";
}

function answerAll(pick: (q: Question) => string | string[]): Answers {
  return Object.fromEntries(bank.questions.map((q) => [q.id, pick(q)]));
}

function scores(values: Partial<Record<DimensionId, number>>): Record<DimensionId, number> {
  return {
    strategy: 50,
    readiness: 50,
    workforce: 50,
    data: 50,
    automation: 50,
    cyber: 50,
    ...values,
  };
}

describe("maxPoints", () => {
  test("a scale question is worth up to 5", () => {
    expect(maxPoints(question("strategy-plan"))).toBe(5);
  });
  test("a yes / partly / no question is worth up to 2", () => {
    expect(maxPoints(question("strategy-lead"))).toBe(2);
  });
  test("a select-all question is worth every option added up", () => {
    // website 2 + Google profile 1 + social media 1 + directories 1 + none 0
    expect(maxPoints(question("readiness-presence"))).toBe(5);
  });
});

describe("pointsFor", () => {
  test("a scale answer scores its step on the scale", () => {
    expect(pointsFor(question("strategy-plan"), "3")).toBe(3);
  });
  test("yes scores 2, partly 1, no 0", () => {
    const q = question("cyber-updates");
    expect([pointsFor(q, "yes"), pointsFor(q, "partly"), pointsFor(q, "no")]).toEqual([2, 1, 0]);
  });
  test("select-all adds up the ticked options", () => {
    expect(pointsFor(question("readiness-presence"), ["website", "social-media"])).toBe(3);
  });
  test("select-all counts a repeated option once", () => {
    expect(pointsFor(question("readiness-presence"), ["website", "website"])).toBe(2);
  });
  test("select-all accepts a single ticked option as a string", () => {
    expect(pointsFor(question("readiness-presence"), "website")).toBe(2);
  });
  test("'None of these' scores 0", () => {
    expect(pointsFor(question("readiness-presence"), [NONE_VALUE])).toBe(0);
  });
  test("an unknown value scores 0", () => {
    expect(pointsFor(question("strategy-plan"), "9")).toBe(0);
    expect(pointsFor(question("strategy-lead"), "maybe")).toBe(0);
    expect(pointsFor(question("readiness-presence"), ["carrier-pigeon", "website"])).toBe(2);
  });
  test("no answer scores 0", () => {
    expect(pointsFor(question("strategy-plan"), undefined)).toBe(0);
    expect(pointsFor(question("readiness-presence"), undefined)).toBe(0);
  });
  test("a list given for a single-answer question scores 0", () => {
    expect(pointsFor(question("strategy-plan"), ["5"])).toBe(0);
  });
});

describe("scoreCheck", () => {
  test("the lowest answer everywhere scores 0 and is Starting", () => {
    const result = scoreCheck(bank, answerAll(lowestAnswer));
    for (const dimension of dimensionIds) expect(result.dimensions[dimension]).toBe(0);
    expect(result.overall).toBe(0);
    expect(result.band).toBe("Starting");
  });

  test("the highest answer everywhere, with every box ticked, scores 100 and is Leading", () => {
    const result = scoreCheck(bank, answerAll(highestAnswer));
    for (const dimension of dimensionIds) expect(result.dimensions[dimension]).toBe(100);
    expect(result.overall).toBe(100);
    expect(result.band).toBe("Leading");
  });

  test("a mixed check scores each dimension as a percentage of its maximum", () => {
    const answers: Answers = {
      ...answerAll(lowestAnswer),
      // Strategy: max 5 + 2 + 2 + 5 + 4 = 18. Points 3 + 1 + 0 + 5 + 2 = 11. 11 / 18 = 61.1% → 61.
      "strategy-plan": "3",
      "strategy-lead": "partly",
      "strategy-budget": "no",
      "strategy-customers": "5",
      "strategy-last-year": ["asked-staff", "checked-value"],
      // Cyber: max 5 + 2 + 2 + 2 + 5 = 16. Points 4 + 2 + 2 + 0 + 1 = 9. 9 / 16 = 56.25% → 56.
      "cyber-two-step": "4",
      "cyber-updates": "yes",
      "cyber-passwords": "yes",
      "cyber-leavers": "no",
      "cyber-protection": ["antivirus"],
      // Workforce: max 5 + 2 + 4 + 2 + 5 = 18. Points 5 + 2 + 4 + 2 + 5 = 18 → 100.
      ...Object.fromEntries(
        bank.questions
          .filter((q) => q.dimension === "workforce")
          .map((q) => [q.id, highestAnswer(q)]),
      ),
    };
    const result = scoreCheck(bank, answers);
    expect(result.dimensions).toEqual({
      strategy: 61,
      readiness: 0,
      workforce: 100,
      data: 0,
      automation: 0,
      cyber: 56,
    });
    // (61 + 0 + 100 + 0 + 0 + 56) / 6 = 36.17 → 36.
    expect(result.overall).toBe(36);
    expect(result.band).toBe("Developing");
  });

  test("an unanswered question counts as 0 against the maximum", () => {
    const answers = answerAll(highestAnswer);
    delete answers["data-backup"]; // worth 2 of data's 5 + 2 + 2 + 5 + 4 = 18
    const result = scoreCheck(bank, answers);
    expect(result.dimensions.data).toBe(89); // 16 / 18 = 88.9%
    expect(result.overall).toBe(98); // (5 × 100 + 89) / 6 = 98.2
  });

  test("no answers at all scores 0", () => {
    expect(scoreCheck(bank, {})).toEqual({
      dimensions: { strategy: 0, readiness: 0, workforce: 0, data: 0, automation: 0, cyber: 0 },
      overall: 0,
      band: "Starting",
    });
  });

  test("an unknown value scores 0 and does not break the check", () => {
    const answers = { ...answerAll(highestAnswer), "strategy-plan": "7", "old-question": "5" };
    // Strategy loses the 5 points of its plan question: 13 / 18 = 72.2% → 72.
    expect(scoreCheck(bank, answers).dimensions.strategy).toBe(72);
  });
});

describe("bands", () => {
  test.each([
    [0, "Starting"],
    [25, "Starting"],
    [26, "Developing"],
    [50, "Developing"],
    [51, "Established"],
    [75, "Established"],
    [76, "Leading"],
    [100, "Leading"],
  ] as const)("a score of %i is %s", (score, band) => {
    expect(bandFor(score)).toBe(band);
  });
});

describe("weakestDimensions", () => {
  const ids = (list: { dimension: DimensionId }[]) => list.map((w) => w.dimension);

  test("lists the three lowest, lowest first, with their scores", () => {
    expect(WEAKEST_COUNT).toBe(3);
    expect(weakestDimensions(scores({ cyber: 10, data: 30, strategy: 20, readiness: 60 }))).toEqual(
      [
        { dimension: "cyber", score: 10 },
        { dimension: "strategy", score: 20 },
        { dimension: "data", score: 30 },
      ],
    );
  });

  test("equal scores keep the dimension order", () => {
    expect(ids(weakestDimensions(scores({})))).toEqual(["strategy", "readiness", "workforce"]);
  });

  test("never lists a dimension that is already Leading", () => {
    const result = weakestDimensions(
      scores({ strategy: 80, readiness: 90, workforce: 76, data: 100, automation: 40, cyber: 75 }),
    );
    expect(ids(result)).toEqual(["automation", "cyber"]);
  });

  test("a Leading score below full marks is not a gap either (matching once kept it)", () => {
    const strong = scores({
      strategy: 100,
      readiness: 100,
      workforce: 100,
      data: 100,
      automation: 90,
      cyber: 100,
    });
    expect(weakestDimensions(strong)).toEqual([]);
  });

  test("lists none when every dimension is Leading", () => {
    expect(
      weakestDimensions(
        scores({ strategy: 76, readiness: 76, workforce: 76, data: 76, automation: 76, cyber: 76 }),
      ),
    ).toEqual([]);
  });

  test("can be asked for two", () => {
    expect(ids(weakestDimensions(scores({ cyber: 10, data: 30, strategy: 20 }), 2))).toEqual([
      "cyber",
      "strategy",
    ]);
  });

  test("a score outside 0 to 100 is read as the nearest possible score", () => {
    expect(weakestDimensions(scores({ data: -5, cyber: Number.NaN, strategy: 120 }), 2)).toEqual([
      { dimension: "data", score: 0 },
      { dimension: "cyber", score: 0 },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { changeSince, describeChange, type ScoreSnapshot } from "./change";

const previous: ScoreSnapshot = {
  strategy: 20,
  readiness: 50,
  workforce: 40,
  data: 30,
  automation: 10,
  cyber: 60,
  overall: 35,
};

const current: ScoreSnapshot = {
  strategy: 32,
  readiness: 47,
  workforce: 40,
  data: 45,
  automation: 25,
  cyber: 70,
  overall: 43,
};

describe("changeSince", () => {
  test("a first check has nothing to compare with", () => {
    expect(changeSince(current, null)).toBeNull();
  });

  test("gives the before, after and change for each dimension and overall", () => {
    expect(changeSince(current, previous)).toEqual({
      strategy: { before: 20, after: 32, change: 12 },
      readiness: { before: 50, after: 47, change: -3 },
      workforce: { before: 40, after: 40, change: 0 },
      data: { before: 30, after: 45, change: 15 },
      automation: { before: 10, after: 25, change: 15 },
      cyber: { before: 60, after: 70, change: 10 },
      overall: { before: 35, after: 43, change: 8 },
    });
  });
});

describe("describeChange", () => {
  test.each([
    [12, "Up 12"],
    [-3, "Down 3"],
    [0, "No change"],
  ])("%i reads as %s", (change, words) => {
    expect(describeChange(change)).toBe(words);
  });
});

import { describe, expect, test } from "vitest";
import { comparePeers, median, MIN_PEER_GROUP, mayShowGroup, suppressSmallGroup } from "./peers";

describe("peer groups", () => {
  test("a group needs at least 5 other firms", () => {
    expect(MIN_PEER_GROUP).toBe(5);
  });

  test("a group of 4 other firms is not shown, and the reason says why in plain words", () => {
    expect(comparePeers(50, [10, 20, 30, 40])).toEqual({
      shown: false,
      size: 4,
      reason:
        "Fewer than 5 other firms in this group have taken the check, so we do not show it. " +
        "This keeps each firm's answers private.",
    });
  });

  test("an empty group is not shown", () => {
    expect(comparePeers(50, [])).toMatchObject({ shown: false, size: 0 });
  });

  test("a group of 5 other firms is shown", () => {
    expect(comparePeers(50, [10, 20, 30, 40, 60])).toEqual({
      shown: true,
      size: 5,
      median: 30,
      position: "above",
      percentBelow: 80,
    });
  });

  test("a score under the median is below it", () => {
    expect(comparePeers(20, [10, 30, 40, 50, 60])).toMatchObject({
      position: "below",
      percentBelow: 20,
    });
  });

  test("a score equal to the median is the same, and equal scores are not counted as below", () => {
    expect(comparePeers(40, [10, 40, 40, 50, 60])).toMatchObject({
      median: 40,
      position: "same",
      percentBelow: 20,
    });
  });

  test("the percentage below is rounded to a whole number", () => {
    // 2 of 6 peers below: 33.3% → 33.
    expect(comparePeers(35, [10, 30, 40, 50, 60, 70])).toMatchObject({
      percentBelow: 33,
      median: 45,
    });
  });

  test("the firm's score is compared with the median, which can be a half", () => {
    expect(comparePeers(45, [10, 30, 40, 51, 60, 70])).toMatchObject({
      median: 45.5,
      position: "below",
    });
  });

  test("suppressSmallGroup and mayShowGroup say whether a group may be shown", () => {
    for (const check of [suppressSmallGroup, mayShowGroup]) {
      expect(check(4)).toBe(false);
      expect(check(5)).toBe(true);
      expect(check(0)).toBe(false);
    }
  });
});

describe("median", () => {
  test("of nothing is null", () => {
    expect(median([])).toBeNull();
  });
  test("of an odd count is the middle value, in any order", () => {
    expect(median([70, 10, 40])).toBe(40);
  });
  test("of an even count is the mean of the two middle values", () => {
    expect(median([10, 20, 30, 40])).toBe(25);
  });
  test("of an even count is rounded to one decimal place", () => {
    expect(median([0, 33, 34, 100])).toBe(33.5);
  });
  test("does not reorder the values it was given", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

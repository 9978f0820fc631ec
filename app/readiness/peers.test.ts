import { describe, expect, test } from "vitest";
import {
  comparisonFromStats,
  median,
  MIN_PEER_GROUP,
  mayShowGroup,
  smallGroupReason,
  statsFromHistogram,
  type PeerComparison,
} from "./peers";

/** What the results page shows for `score` among `peerScores`: the histogram the database returns, then the comparison. */
function comparePeers(score: number, peerScores: number[]): PeerComparison {
  const histogram = [...new Set(peerScores)].map((s) => ({
    score: s,
    count: peerScores.filter((p) => p === s).length,
  }));
  return comparisonFromStats(score, statsFromHistogram(histogram, score));
}

/** The rule written out plainly over every score, to check the counting against. */
function everyScore(score: number, peerScores: number[]): PeerComparison {
  const size = peerScores.length;
  const middle = median(peerScores);
  if (size < 5 || middle === null) return { shown: false, size, reason: smallGroupReason };
  const below = peerScores.filter((peer) => peer < score).length;
  return {
    shown: true,
    size,
    median: middle,
    position: score > middle ? "above" : score < middle ? "below" : "same",
    percentBelow: Math.round((below / size) * 100),
  };
}

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

  test("mayShowGroup says whether a group may be shown", () => {
    expect(mayShowGroup(4)).toBe(false);
    expect(mayShowGroup(5)).toBe(true);
    expect(mayShowGroup(0)).toBe(false);
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

describe("peer group counts from the database", () => {
  test("the middle rows of a sorted group", async () => {
    const { middleRows } = await import("./peers");
    expect(middleRows(0)).toEqual({ skip: 0, take: 0 });
    expect(middleRows(5)).toEqual({ skip: 2, take: 1 });
    expect(middleRows(6)).toEqual({ skip: 2, take: 2 });
  });

  test("counts give the same answer as every score", async () => {
    expect(comparisonFromStats(50, { size: 5, middle: [30], below: 4 })).toEqual(
      everyScore(50, [10, 20, 30, 40, 60]),
    );
    expect(comparisonFromStats(50, { size: 4, middle: [20, 30], below: 4 })).toEqual(
      everyScore(50, [10, 20, 30, 40]),
    );
  });
});

describe("peer group counts from a score histogram", () => {
  test("gives the same answer as every score, for odd and even groups and ties", async () => {
    const cases: number[][] = [
      [10, 20, 30, 40, 60],
      [61, 10, 35, 70, 20, 40],
      [50, 50, 50, 50, 50, 50],
      [0, 100, 100, 3, 3],
      [10, 20, 30, 40],
      [],
    ];
    for (const scores of cases) {
      const histogram = [...new Set(scores)].map((score) => ({
        score,
        count: scores.filter((s) => s === score).length,
      }));
      for (const mine of [0, 30, 37, 50, 100]) {
        expect(comparisonFromStats(mine, statsFromHistogram(histogram, mine))).toEqual(
          everyScore(mine, scores),
        );
      }
    }
  });

  test("rows with no firms are ignored", async () => {
    expect(
      statsFromHistogram(
        [
          { score: 5, count: 0 },
          { score: 40, count: 3 },
        ],
        50,
      ),
    ).toEqual({ size: 3, middle: [40], below: 3 });
  });
});

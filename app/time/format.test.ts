import { describe, expect, test } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatMonth,
  formatShortMonth,
  formatTime,
  formatTimeRange,
} from "./format";

describe("dates are written out in full, GOV.UK style", () => {
  test("a day is written out in full for people", () => {
    expect(formatDay("2027-03-27")).toBe("27 March 2027");
    expect(formatDay("2026-12-01")).toBe("1 December 2026");
  });

  test("an instant shows the day it is in London", () => {
    expect(formatDate(new Date("2026-07-10T23:30:00Z"))).toBe("11 July 2026");
    expect(formatDate(new Date("2026-01-10T23:30:00Z"))).toBe("10 January 2026");
    expect(formatDate("2026-12-01T09:00:00.000Z")).toBe("1 December 2026");
  });

  test("a stored day (midnight UTC) shows as that day", () => {
    expect(formatDate(new Date("2026-07-10T00:00:00Z"))).toBe("10 July 2026");
  });

  test("nothing shows as nothing", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDateTime(null)).toBe("");
  });

  test("months", () => {
    expect(formatMonth("2026-03")).toBe("March 2026");
    expect(formatShortMonth(new Date("2026-03-31T23:30:00Z"))).toBe("Apr 2026");
  });
});

describe("times read 9am, 9:15am, midday", () => {
  test.each([
    ["2026-01-15T09:00:00Z", "9am"],
    ["2026-01-15T09:15:00Z", "9:15am"],
    ["2026-01-15T09:05:00Z", "9:05am"],
    ["2026-01-15T12:00:00Z", "midday"],
    ["2026-01-15T12:30:00Z", "12:30pm"],
    ["2026-01-15T14:30:00Z", "2:30pm"],
    ["2026-01-15T00:00:00Z", "midnight"],
    ["2026-01-15T00:45:00Z", "12:45am"],
    ["2026-01-15T23:59:00Z", "11:59pm"],
  ])("%s in winter is %s", (instant, text) => {
    expect(formatTime(new Date(instant))).toBe(text);
  });

  test("09:15 London on either side of each clock change", () => {
    expect(formatTime(new Date("2026-03-28T09:15:00Z"))).toBe("9:15am");
    expect(formatTime(new Date("2026-03-29T08:15:00Z"))).toBe("9:15am");
    expect(formatTime(new Date("2026-10-24T08:15:00Z"))).toBe("9:15am");
    expect(formatTime(new Date("2026-10-25T09:15:00Z"))).toBe("9:15am");
  });

  test("a date and time", () => {
    expect(formatDateTime(new Date("2026-07-01T08:15:00Z"))).toBe("1 July 2026 at 9:15am");
    expect(formatDateTime("2026-12-01T12:00:00.000Z")).toBe("1 December 2026 at midday");
  });
});

describe("when something runs", () => {
  test("on one day, the date once: never 7:16 to 9:16", () => {
    expect(
      formatTimeRange(new Date("2026-07-01T08:00:00Z"), new Date("2026-07-01T10:15:00Z")),
    ).toBe("1 July 2026, 9am to 11:15am");
  });

  test("across days, both dates", () => {
    expect(
      formatTimeRange(new Date("2026-12-01T16:00:00Z"), new Date("2026-12-02T12:00:00Z")),
    ).toBe("1 December 2026, 4pm to 2 December 2026, midday");
  });

  test("with no end, the start", () => {
    expect(formatTimeRange(new Date("2026-12-01T09:30:00Z"), null)).toBe("1 December 2026, 9:30am");
  });
});

describe("lengths of time in words", () => {
  test.each([
    [7 * 86_400_000, "7 days"],
    [2 * 86_400_000, "2 days"],
    [86_400_000, "24 hours"],
    [3_600_000, "1 hour"],
    [2 * 3_600_000, "2 hours"],
    [30 * 60_000, "30 minutes"],
    [60_000, "1 minute"],
  ])("%d ms is %s", (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});

import { describe, expect, test } from "vitest";
import { addDays, daysBetween, formatDay, parseDateInput, toCalendarDay } from "./dates";

describe("reading a typed date", () => {
  test("a date from a date input is kept as it is", () => {
    expect(parseDateInput("2027-03-27")).toBe("2027-03-27");
  });

  test.each([
    ["27 3 2027", "2027-03-27"],
    ["27/03/2027", "2027-03-27"],
    ["27-3-2027", "2027-03-27"],
    ["  1.4.2026 ", "2026-04-01"],
    ["2027-3-7", "2027-03-07"],
  ])("a date typed as %j on an old phone is understood as %s", (typed, expected) => {
    expect(parseDateInput(typed)).toBe(expected);
  });

  test.each([
    "2027-02-30",
    "2026-13-01",
    "2026-00-10",
    "31 4 2027",
    "29 2 2027",
    "tomorrow",
    "",
    "0027-03-27",
  ])("%j is not a real date", (typed) => {
    expect(parseDateInput(typed)).toBeNull();
  });

  test("29 February is a real date in a leap year", () => {
    expect(parseDateInput("29 2 2028")).toBe("2028-02-29");
  });
});

describe("the calendar day of an instant is the day in the UK", () => {
  test("half past midnight on 1 April, British Summer Time, is 1 April", () => {
    expect(toCalendarDay(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04-01");
  });

  test("half past eleven at night in winter is still the same day", () => {
    expect(toCalendarDay(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
  });

  test("a missing or broken date has no day", () => {
    expect(toCalendarDay(null)).toBeNull();
    expect(toCalendarDay(undefined)).toBeNull();
    expect(toCalendarDay(new Date("nonsense"))).toBeNull();
    expect(toCalendarDay("2027-02-30")).toBeNull();
  });
});

describe("counting days", () => {
  test("a week later is 7 days; a day earlier is -1", () => {
    expect(daysBetween("2026-05-01", "2026-05-08")).toBe(7);
    expect(daysBetween("2026-05-01", "2026-04-30")).toBe(-1);
  });

  test("the clocks changing does not change the count", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  test("adding days crosses months and years", () => {
    expect(addDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  test("a day is written out in full for people", () => {
    expect(formatDay("2027-03-27")).toBe("27 March 2027");
  });
});

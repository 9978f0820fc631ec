import { describe, expect, test } from "vitest";
import {
  apprenticeMinimumHourlyPence,
  apprenticeMinimumHourlyRates,
  minimumDurationMonths,
  minimumWeeklyWagePence,
  nationalMinimumHourlyPence21Plus,
  nationalMinimumHourlyRates21Plus,
  rateInForce,
} from "./policy";

describe("the apprentice minimum hourly rate", () => {
  test("is £7.55 from 1 April 2025", () => {
    expect(apprenticeMinimumHourlyPence("2025-04-01")).toBe(755);
    expect(apprenticeMinimumHourlyPence("2026-03-31")).toBe(755);
  });

  test("is £8.00 from 1 April 2026", () => {
    expect(apprenticeMinimumHourlyPence("2026-04-01")).toBe(800);
    expect(apprenticeMinimumHourlyPence("2030-01-01")).toBe(800);
  });

  test("changes at midnight UK time, not UTC", () => {
    // 00:30 on 1 April in British Summer Time is still 31 March in UTC.
    expect(apprenticeMinimumHourlyPence(new Date("2026-03-31T23:30:00Z"))).toBe(800);
    expect(apprenticeMinimumHourlyPence(new Date("2026-03-31T22:30:00Z"))).toBe(755);
  });

  test("before the first listed date, the first listed rate is used", () => {
    expect(apprenticeMinimumHourlyPence("2024-06-01")).toBe(755);
  });

  test("a date that is not a date is a programming error", () => {
    expect(() => apprenticeMinimumHourlyPence("someday")).toThrow(RangeError);
  });
});

describe("the dated rate lists", () => {
  test.each([
    ["apprentice", apprenticeMinimumHourlyRates],
    ["national 21 and over", nationalMinimumHourlyRates21Plus],
  ])("the %s list is in date order, so the latest rate in force wins", (_name, rates) => {
    const dates = rates.map((rate) => rate.from);
    expect([...dates].sort()).toEqual(dates);
  });

  test("a new rate is one new line in a list", () => {
    const withNewRate = [...apprenticeMinimumHourlyRates, { from: "2027-04-01", pence: 850 }];
    expect(rateInForce(withNewRate, "2027-03-31")).toBe(800);
    expect(rateInForce(withNewRate, "2027-04-01")).toBe(850);
  });

  test("the national minimum wage for 21 and over is £12.21, then £12.71 from 1 April 2026", () => {
    expect(nationalMinimumHourlyPence21Plus("2026-03-31")).toBe(1221);
    expect(nationalMinimumHourlyPence21Plus("2026-04-01")).toBe(1271);
  });
});

describe("the minimum length of an apprenticeship", () => {
  test.each([
    [30, 8],
    [37.5, 8],
    [48, 8],
    [29, 9],
    [24, 10],
    [22.5, 11],
    [20, 12],
    [16, 15],
  ])("at %s hours a week it is %i months", (hours, months) => {
    expect(minimumDurationMonths(hours)).toBe(months);
  });
});

describe("the minimum weekly wage", () => {
  test("is the hourly rate in force times the weekly hours", () => {
    expect(minimumWeeklyWagePence(30, "2026-03-31")).toBe(22650);
    expect(minimumWeeklyWagePence(30, "2026-04-01")).toBe(24000);
  });

  test("is rounded up to a whole penny, so the hourly rate is never below the minimum", () => {
    // 37.5 × 755p = 28312.5p
    expect(minimumWeeklyWagePence(37.5, "2025-06-01")).toBe(28313);
  });
});

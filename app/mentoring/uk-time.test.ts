import { describe, expect, it } from "vitest";
import { parseDateInput, ukDateString, ukDateTimeToDate } from "./uk-time";

describe("reading datetime-local values as UK time", () => {
  it("winter time is UTC", () => {
    expect(ukDateTimeToDate("2026-01-15T10:00")).toEqual(new Date("2026-01-15T10:00:00Z"));
  });

  it("summer time is an hour ahead of UTC", () => {
    expect(ukDateTimeToDate("2026-07-15T10:00")).toEqual(new Date("2026-07-15T09:00:00Z"));
  });

  it("handles the days the clocks change", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(ukDateTimeToDate("2026-03-29T00:30")).toEqual(new Date("2026-03-29T00:30:00Z"));
    expect(ukDateTimeToDate("2026-03-29T03:00")).toEqual(new Date("2026-03-29T02:00:00Z"));
    expect(ukDateTimeToDate("2026-10-25T03:00")).toEqual(new Date("2026-10-25T03:00:00Z"));
  });

  it("accepts seconds, which some browsers add", () => {
    expect(ukDateTimeToDate("2026-01-15T10:00:30")).toEqual(new Date("2026-01-15T10:00:30Z"));
  });

  it.each(["", "2026-02-30T10:00", "2026-01-15T25:00", "2026-01-15 10:00", "15/01/2026 10:00"])(
    "refuses %j",
    (value) => {
      expect(ukDateTimeToDate(value)).toBeNull();
    },
  );
});

describe("date inputs and the UK calendar date", () => {
  it("reads real dates only", () => {
    expect(parseDateInput("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDateInput("2026-02-29")).toBeNull();
    expect(parseDateInput("2026-13-01")).toBeNull();
  });

  it("gives the UK date, which in summer turns over an hour before UTC", () => {
    expect(ukDateString(new Date("2026-07-10T22:59:00Z"))).toBe("2026-07-10");
    expect(ukDateString(new Date("2026-07-10T23:00:00Z"))).toBe("2026-07-11");
    expect(ukDateString(new Date("2026-01-10T23:59:00Z"))).toBe("2026-01-10");
  });
});

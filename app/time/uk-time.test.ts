import { describe, expect, test } from "vitest";
import {
  addDays,
  addMonths,
  dateToDay,
  dayToDate,
  daysBetween,
  isAfterUkToday,
  isIsoDate,
  parseDateInput,
  parseTimeInput,
  startOfUkToday,
  toCalendarDay,
  ukDateTimeToDate,
  ukDayAndTime,
  ukDayAndTimeToDate,
  ukDay,
  ukDayStart,
} from "./uk-time";

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

  test("adding months keeps the day, or takes the month's last day", () => {
    expect(addMonths("2026-06-15", 6)).toBe("2026-12-15");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-12-01", -6)).toBe("2026-06-01");
  });
});

// Clocks go forward at 01:00 UTC on the last Sunday of March (29 March 2026)
// and back at 01:00 UTC on the last Sunday of October (25 October 2026).
describe("reading datetime-local values as UK time", () => {
  test("winter time is UTC", () => {
    expect(ukDateTimeToDate("2026-01-15T10:00")).toEqual(new Date("2026-01-15T10:00:00Z"));
  });

  test("summer time is an hour ahead of UTC", () => {
    expect(ukDateTimeToDate("2026-07-15T10:00")).toEqual(new Date("2026-07-15T09:00:00Z"));
  });

  test("handles the days the clocks change", () => {
    expect(ukDateTimeToDate("2026-03-29T00:30")).toEqual(new Date("2026-03-29T00:30:00Z"));
    expect(ukDateTimeToDate("2026-03-29T03:00")).toEqual(new Date("2026-03-29T02:00:00Z"));
    expect(ukDateTimeToDate("2026-10-25T03:00")).toEqual(new Date("2026-10-25T03:00:00Z"));
  });

  test("09:15 on the Sunday the clocks go forward is 08:15 UTC; the day before it is 09:15 UTC", () => {
    expect(ukDateTimeToDate("2026-03-28T09:15")).toEqual(new Date("2026-03-28T09:15:00Z"));
    expect(ukDateTimeToDate("2026-03-29T09:15")).toEqual(new Date("2026-03-29T08:15:00Z"));
  });

  test("09:15 on the Sunday the clocks go back is 09:15 UTC; the day before it is 08:15 UTC", () => {
    expect(ukDateTimeToDate("2026-10-24T09:15")).toEqual(new Date("2026-10-24T08:15:00Z"));
    expect(ukDateTimeToDate("2026-10-25T09:15")).toEqual(new Date("2026-10-25T09:15:00Z"));
  });

  test("a time in the hour the clocks skip is read as the hour after", () => {
    expect(ukDateTimeToDate("2026-03-29T01:30")).toEqual(new Date("2026-03-29T01:30:00Z"));
  });

  test("the hour the clocks repeat is read as the second, GMT, one", () => {
    expect(ukDateTimeToDate("2026-10-25T00:30")).toEqual(new Date("2026-10-24T23:30:00Z"));
    expect(ukDateTimeToDate("2026-10-25T01:30")).toEqual(new Date("2026-10-25T01:30:00Z"));
  });

  test("accepts seconds, which some browsers add", () => {
    expect(ukDateTimeToDate("2026-01-15T10:00:30")).toEqual(new Date("2026-01-15T10:00:30Z"));
  });

  test.each([
    "",
    "2026-02-30T10:00",
    "2026-01-15T25:00",
    "2026-01-15T10:60",
    "2026-01-15 10:00",
    "15/01/2026 10:00",
  ])("refuses %j", (value) => {
    expect(ukDateTimeToDate(value)).toBeNull();
  });
});

describe("an instant as the London day and time of day a form shows again", () => {
  test("round-trips across both clock changes", () => {
    for (const [day, time] of [
      ["2026-03-28", "09:15"],
      ["2026-03-29", "09:15"],
      ["2026-10-24", "09:15"],
      ["2026-10-25", "09:15"],
      ["2026-07-15", "00:00"],
    ] as const) {
      expect(ukDayAndTime(ukDayAndTimeToDate(day, time)!)).toEqual({ day, time });
    }
  });

  test("summer instants show the London hour, and the London day", () => {
    expect(ukDayAndTime(new Date("2031-03-14T10:00:00Z"))).toEqual({
      day: "2031-03-14",
      time: "10:00",
    });
    expect(ukDayAndTime("2031-07-14T10:00:00.000Z")).toEqual({ day: "2031-07-14", time: "11:00" });
    expect(ukDayAndTime(new Date("2031-07-14T23:30:00Z"))).toEqual({
      day: "2031-07-15",
      time: "00:30",
    });
  });
});

describe("the UK calendar date", () => {
  test("reads real dates only", () => {
    expect(parseDateInput("2028-02-29")).toBe("2028-02-29");
    expect(parseDateInput("2026-02-29")).toBeNull();
    expect(parseDateInput("2026-13-01")).toBeNull();
  });

  test("gives the UK date, which in summer turns over an hour before UTC", () => {
    expect(ukDay(new Date("2026-07-10T22:59:00Z"))).toBe("2026-07-10");
    expect(ukDay(new Date("2026-07-10T23:00:00Z"))).toBe("2026-07-11");
    expect(ukDay(new Date("2026-01-10T23:59:00Z"))).toBe("2026-01-10");
  });

  test("the day turns over at London midnight on both sides of each clock change", () => {
    expect(ukDay(new Date("2026-03-28T23:59:00Z"))).toBe("2026-03-28");
    expect(ukDay(new Date("2026-03-29T23:00:00Z"))).toBe("2026-03-30");
    expect(ukDay(new Date("2026-10-24T22:59:00Z"))).toBe("2026-10-24");
    expect(ukDay(new Date("2026-10-24T23:00:00Z"))).toBe("2026-10-25");
    expect(ukDay(new Date("2026-10-25T23:59:00Z"))).toBe("2026-10-25");
  });

  test("only a real day written as YYYY-MM-DD is an ISO date", () => {
    expect(isIsoDate("2026-01-31")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-1-31")).toBe(false);
    expect(isIsoDate("31/01/2026")).toBe(false);
  });
});

describe("when a London day starts", () => {
  test("midnight GMT in winter, 23:00 UTC the evening before in summer", () => {
    expect(ukDayStart("2026-01-15")).toEqual(new Date("2026-01-15T00:00:00Z"));
    expect(ukDayStart("2026-03-29")).toEqual(new Date("2026-03-29T00:00:00Z"));
    expect(ukDayStart("2026-03-30")).toEqual(new Date("2026-03-29T23:00:00Z"));
    expect(ukDayStart("2026-10-25")).toEqual(new Date("2026-10-24T23:00:00Z"));
    expect(ukDayStart("2026-10-26")).toEqual(new Date("2026-10-26T00:00:00Z"));
  });
});

describe("stored days", () => {
  test("a day is stored as midnight UTC and read back as the same day", () => {
    expect(dayToDate("2026-10-25")).toEqual(new Date("2026-10-25T00:00:00Z"));
    expect(dateToDay(dayToDate("2026-03-29"))).toBe("2026-03-29");
    expect(dateToDay("2026-03-29T00:00:00.000Z")).toBe("2026-03-29");
  });

  test("today starts at midnight UTC of the London day", () => {
    expect(startOfUkToday(new Date("2026-03-31T23:30:00Z"))).toEqual(
      new Date("2026-04-01T00:00:00Z"),
    );
    expect(startOfUkToday(new Date("2026-01-15T23:30:00Z"))).toEqual(
      new Date("2026-01-15T00:00:00Z"),
    );
  });

  test("a day after today in London is in the future; today is not", () => {
    const lateOnThe31st = new Date("2026-03-31T23:30:00Z"); // 00:30 on 1 April in London
    expect(isAfterUkToday("2026-04-01", lateOnThe31st)).toBe(false);
    expect(isAfterUkToday("2026-04-02", lateOnThe31st)).toBe(true);
    expect(isAfterUkToday("2026-03-31", lateOnThe31st)).toBe(false);
  });

  test("adding days across the clock changes moves whole days", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });
});

describe("reading a typed time of day", () => {
  test("what a time input sends and what people type", () => {
    expect(parseTimeInput("14:30")).toBe("14:30");
    expect(parseTimeInput("9:05")).toBe("09:05");
    expect(parseTimeInput("2:30pm")).toBe("14:30");
    expect(parseTimeInput("2.30 PM")).toBe("14:30");
    expect(parseTimeInput("9am")).toBe("09:00");
    expect(parseTimeInput("12am")).toBe("00:00");
    expect(parseTimeInput("12pm")).toBe("12:00");
    expect(parseTimeInput("midday")).toBe("12:00");
    expect(parseTimeInput("12 noon")).toBe("12:00");
    expect(parseTimeInput("9 a.m.")).toBe("09:00");
    expect(parseTimeInput("9.30 a.m.")).toBe("09:30");
    expect(parseTimeInput("4.15p.m.")).toBe("16:15");
    expect(parseTimeInput(" 14:00 ")).toBe("14:00");
  });

  test("what is not a time", () => {
    for (const text of [
      "",
      "14",
      "25:00",
      "10:60",
      "13pm",
      "0am",
      "soon",
      "10:5",
      "9 a.m.m",
      "a.m.",
    ]) {
      expect(parseTimeInput(text)).toBeNull();
    }
  });

  test("a day and a time are read on London's clock, either side of the change", () => {
    expect(ukDayAndTimeToDate("2027-03-27", "10:00")).toEqual(new Date("2027-03-27T10:00:00Z"));
    expect(ukDayAndTimeToDate("2027-03-29", "10:00")).toEqual(new Date("2027-03-29T09:00:00Z"));
  });
});

import { describe, expect, test } from "vitest";
import { isSendingHour, reminderKey, storedDayFromToday, ukTomorrow } from "./rules";

describe("reminder rules", () => {
  test("reminders go out from 8am to before 8pm UK time, in winter and in summer", () => {
    // Winter: UK time is UTC.
    expect(isSendingHour(new Date("2026-12-01T07:59:00Z"))).toBe(false);
    expect(isSendingHour(new Date("2026-12-01T08:00:00Z"))).toBe(true);
    expect(isSendingHour(new Date("2026-12-01T19:59:00Z"))).toBe(true);
    expect(isSendingHour(new Date("2026-12-01T20:00:00Z"))).toBe(false);
    // Summer: 07:00 UTC is 8am BST, 19:00 UTC is 8pm BST.
    expect(isSendingHour(new Date("2027-07-01T06:59:00Z"))).toBe(false);
    expect(isSendingHour(new Date("2027-07-01T07:00:00Z"))).toBe(true);
    expect(isSendingHour(new Date("2027-07-01T19:00:00Z"))).toBe(false);
  });

  test("tomorrow is a London day, 23 hours long when the clocks go forward", () => {
    const { from, to } = ukTomorrow(new Date("2027-03-27T12:00:00Z"));
    expect(from).toEqual(new Date("2027-03-28T00:00:00Z"));
    expect(to).toEqual(new Date("2027-03-28T23:00:00Z"));
    // Late on a summer evening the London day is already the next one.
    expect(ukTomorrow(new Date("2027-07-01T23:30:00Z")).from).toEqual(
      new Date("2027-07-02T23:00:00Z"),
    );
  });

  test("stored days count from London's today", () => {
    expect(storedDayFromToday(new Date("2027-07-01T23:30:00Z"), 1)).toEqual(
      new Date("2027-07-03T00:00:00Z"),
    );
    expect(storedDayFromToday(new Date("2026-12-01T10:00:00Z"), -3)).toEqual(
      new Date("2026-11-28T00:00:00Z"),
    );
  });

  test("a reminder's key names its rule, its record and who gets it", () => {
    expect(reminderKey("offer-day-before", "b1", "o1")).toBe("offer-day-before:b1:o1");
  });
});

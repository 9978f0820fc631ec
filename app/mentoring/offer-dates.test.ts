import { describe, expect, test } from "vitest";
import { hasStarted, publishedMessage } from "./offer-dates";

const now = new Date("2026-12-01T12:00:00Z");

describe("hasStarted", () => {
  test("a dated offer that started a minute ago has started", () => {
    expect(hasStarted({ schedule: "dated", startsAt: new Date("2026-12-01T11:59:00Z") }, now)).toBe(
      true,
    );
  });
  test("a dated offer starting now has started", () => {
    expect(hasStarted({ schedule: "dated", startsAt: now }, now)).toBe(true);
  });
  test("a dated offer starting in a minute has not", () => {
    expect(hasStarted({ schedule: "dated", startsAt: new Date("2026-12-01T12:01:00Z") }, now)).toBe(
      false,
    );
  });
  test("an on-demand offer never has", () => {
    expect(hasStarted({ schedule: "on-demand", startsAt: null }, now)).toBe(false);
  });
});

describe("publishedMessage", () => {
  test("a verified firm's offer is published", () => {
    expect(publishedMessage("Data clinic", true)).toBe(
      'Your offer "Data clinic" has been published.',
    );
  });
  test("an unchecked firm is told businesses cannot see it yet", () => {
    expect(publishedMessage("Data clinic", false)).toBe(
      'Your offer "Data clinic" is saved. Businesses will see it once the partnership team has checked your firm.',
    );
  });
});

import { describe, expect, test } from "vitest";
import { closingSoonText, isNewListing } from "./listing-tags";

// Midday in London, so the day is the same in UTC and UK time.
const now = new Date("2027-03-10T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("closing soon", () => {
  test("counts the days left within a week of closing", () => {
    expect(closingSoonText(day("2027-03-10"), now)).toBe("Closes today");
    expect(closingSoonText(day("2027-03-11"), now)).toBe("Closes tomorrow");
    expect(closingSoonText(day("2027-03-13"), now)).toBe("Closes in 3 days");
    expect(closingSoonText(day("2027-03-17"), now)).toBe("Closes in 7 days");
  });

  test("says nothing further off, or once closed", () => {
    expect(closingSoonText(day("2027-03-18"), now)).toBeNull();
    expect(closingSoonText(day("2027-03-09"), now)).toBeNull();
  });
});

describe("new", () => {
  test("for the first 7 days after it first went live", () => {
    expect(isNewListing(day("2027-03-10"), now)).toBe(true);
    expect(isNewListing(day("2027-03-04"), now)).toBe(true);
    expect(isNewListing(day("2027-03-03"), now)).toBe(false);
    expect(isNewListing(null, now)).toBe(false);
  });
});

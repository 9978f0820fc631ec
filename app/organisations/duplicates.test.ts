import { describe, expect, test } from "vitest";
import { companiesHouseNumber, comparableName, editDistance, similarNames } from "./duplicates";

describe("names that are very likely the same organisation", () => {
  test("case, punctuation and words like Ltd do not tell two names apart", () => {
    expect(comparableName("The Acme (Midlands) Co. Ltd")).toBe("acme midlands");
    expect(similarNames("Acme Midlands Limited", "ACME MIDLANDS LTD")).toBe(true);
    expect(similarNames("Smith & Jones", "Smith and Jones")).toBe(true);
  });

  test("a typing slip is the same name: one change in a short name, two in a long one", () => {
    expect(similarNames("Aston Park Academy", "Aston Park Acadamy")).toBe(true);
    expect(similarNames("Aston Park Academy", "Aston Prk Acadamy")).toBe(true);
    expect(similarNames("Brightly", "Brightlee")).toBe(false);
    expect(similarNames("Brightly", "Brigtly")).toBe(true);
  });

  test("different names are not flagged, and short names must match exactly", () => {
    expect(similarNames("Aston Park Academy", "Aston Manor Academy")).toBe(false);
    expect(similarNames("ABC", "ABD")).toBe(false);
    expect(similarNames("ABC Ltd", "abc")).toBe(true);
    expect(similarNames("Ltd", "Limited")).toBe(false);
  });

  test("edit distance counts single-letter changes", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("Companies House numbers", () => {
  test("spaces and case do not matter, and missing leading zeros are put back", () => {
    expect(companiesHouseNumber(" sc 123456 ")).toBe("SC123456");
    expect(companiesHouseNumber("1234567")).toBe("01234567");
    expect(companiesHouseNumber("01234567")).toBe("01234567");
  });

  test("anything else is not a Companies House number", () => {
    expect(companiesHouseNumber("123456789")).toBeNull();
    expect(companiesHouseNumber("S1234567")).toBeNull();
    expect(companiesHouseNumber("ABC")).toBeNull();
  });
});

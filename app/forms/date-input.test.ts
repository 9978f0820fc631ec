import { describe, expect, test } from "vitest";
import { dateValueFrom, datePartsToShow, readDate } from "./date-input";
import { optionalDate, requiredDate } from "./fields";
import { formDataToValues } from "./parse";

const boxes = (day: string, month: string, year: string) => ({ day, month, year });

describe("reading a GOV.UK date input", () => {
  test("three boxes make one day", () => {
    expect(readDate(boxes("27", "3", "2027"), "Start date")).toEqual({
      kind: "date",
      date: "2027-03-27",
    });
  });

  test("a month may be typed as its name or its first three letters", () => {
    expect(readDate(boxes("1", "Jan", "2027"), "Start date")).toMatchObject({ date: "2027-01-01" });
    expect(readDate(boxes("1", "december", "2027"), "Start date")).toMatchObject({
      date: "2027-12-01",
    });
  });

  test("empty boxes are no answer", () => {
    expect(readDate(boxes("", " ", ""), "Start date")).toEqual({ kind: "empty" });
  });

  test("a missing box is named, and only that box is at fault", () => {
    expect(readDate(boxes("27", "", "2027"), "Start date")).toEqual({
      kind: "wrong",
      message: "Start date must include a month",
      parts: ["month"],
    });
    expect(readDate(boxes("", "", "2027"), "Start date")).toMatchObject({
      message: "Start date must include a day and month",
      parts: ["day", "month"],
    });
  });

  test("a year of fewer than 4 numbers, and a day that does not exist, are refused as GOV.UK words it", () => {
    expect(readDate(boxes("27", "3", "27"), "Start date")).toMatchObject({
      message: "Year must include 4 numbers",
      parts: ["year"],
    });
    expect(readDate(boxes("31", "2", "2027"), "Start date")).toMatchObject({
      message: "Start date must be a real date",
      parts: ["day", "month", "year"],
    });
    expect(readDate(boxes("x", "3", "2027"), "Start date")).toMatchObject({
      message: "Start date must be a real date",
    });
  });

  test("a whole date as text (a saved link) still reads", () => {
    expect(readDate("2027-03-27", "From")).toEqual({ kind: "date", date: "2027-03-27" });
    expect(readDate("27/3/2027", "From")).toEqual({ kind: "date", date: "2027-03-27" });
    expect(readDate("2027-02-30", "From")).toMatchObject({ message: "From must be a real date" });
  });

  test("a query string's boxes, or its whole date", () => {
    const get = (q: string) => (key: string) => new URLSearchParams(q).get(key);
    expect(dateValueFrom(get("from-day=2&from-month=3&from-year=2027"), "from")).toEqual(
      boxes("2", "3", "2027"),
    );
    expect(dateValueFrom(get("from=2027-03-02"), "from")).toBe("2027-03-02");
    expect(dateValueFrom(get(""), "from")).toBe("");
  });

  test("a posted form's boxes become one value under the field's name", () => {
    const form = new FormData();
    form.set("start-day", "2");
    form.set("start-month", "3");
    form.set("start-year", "2027");
    form.set("title", "A week");
    expect(formDataToValues(form)).toEqual({ title: "A week", start: boxes("2", "3", "2027") });
  });

  test("the boxes show a whole date split up, and what was typed as it was", () => {
    expect(datePartsToShow("2027-03-02")).toEqual(boxes("2", "3", "2027"));
    expect(datePartsToShow(boxes("31", "2", "27"))).toEqual(boxes("31", "2", "27"));
  });
});

describe("the date builders", () => {
  const required = requiredDate({ label: "Start date", required: "Enter the start date" });
  const optional = optionalDate({ label: "End date" });

  test("a required date says 'Enter …' when empty", () => {
    expect(required.safeParse(boxes("", "", "")).error?.issues[0]?.message).toBe(
      "Enter the start date",
    );
    expect(required.parse(boxes("2", "3", "2027"))).toBe("2027-03-02");
  });

  test("an optional date is null when empty and checked when given", () => {
    expect(optional.parse(boxes("", "", ""))).toBeNull();
    expect(optional.parse(undefined)).toBeNull();
    expect(optional.safeParse(boxes("2", "", "2027")).error?.issues[0]?.message).toBe(
      "End date must include a month",
    );
  });
});

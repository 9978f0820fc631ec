import { describe, expect, test } from "vitest";
import { MAX_PAGE, pageFromUrl, pageLinks, pageNumber, pageOf, pageWindow } from "./pagination";

describe("pageFromUrl", () => {
  test.each([
    ["", 1],
    ["?page=3", 3],
    ["?page=0", 1],
    ["?page=-2", 1],
    ["?page=2.5", 1],
    ["?page=abc", 1],
    ["?page=10000", 10_000],
    ["?page=10001", 1],
  ])("%s gives page %i", (search, page) => {
    expect(pageFromUrl(new URL(`http://x/mentors${search}`))).toBe(page);
  });
});

describe("pageOf", () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  test("slices pages of the given size and counts them", () => {
    expect(pageOf(items, 1, 20)).toEqual({
      items: items.slice(0, 20),
      page: 1,
      pageCount: 3,
      total: 45,
    });
    expect(pageOf(items, 3, 20)).toEqual({
      items: [41, 42, 43, 44, 45],
      page: 3,
      pageCount: 3,
      total: 45,
    });
  });

  test("a page past the end shows the last page", () => {
    expect(pageOf(items, 9, 20).page).toBe(3);
  });

  test("an empty list is one empty page", () => {
    expect(pageOf([], 2, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });

  test("exactly one full page has no second page", () => {
    expect(pageOf(items.slice(0, 20), 2, 20)).toMatchObject({ page: 1, pageCount: 1 });
  });
});

describe("pageNumber", () => {
  test("reads the same as pageFromUrl, and a missing value is page 1", () => {
    expect(pageNumber(null)).toBe(1);
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber("7")).toBe(7);
    expect(pageNumber(String(MAX_PAGE + 1))).toBe(1);
  });
});

describe("pageWindow", () => {
  test("gives the rows to skip and take for the page", () => {
    expect(pageWindow(45, 2, 20)).toEqual({ page: 2, pageCount: 3, total: 45, skip: 20, take: 20 });
  });

  test("a page past the end shows the last page", () => {
    expect(pageWindow(45, 9, 20)).toMatchObject({ page: 3, skip: 40 });
  });

  test("nothing to show is one empty page, and a page below 1 (or not whole) is page 1", () => {
    expect(pageWindow(0, 4, 50)).toEqual({ page: 1, pageCount: 1, total: 0, skip: 0, take: 50 });
    expect(pageWindow(120, 0, 50).page).toBe(1);
    expect(pageWindow(120, Number.NaN, 50).page).toBe(1);
  });
});

describe("pageLinks", () => {
  test("one page needs no links", () => {
    expect(pageLinks(1, 1, "?q=web")).toBeNull();
  });

  test("keeps the filters and changes only the page", () => {
    expect(pageLinks(2, 3, "?q=web&page=2&la=coventry")).toEqual({
      page: 2,
      pageCount: 3,
      previous: "?q=web&page=1&la=coventry",
      next: "?q=web&page=3&la=coventry",
    });
  });

  test("no previous link on the first page, no next link on the last", () => {
    expect(pageLinks(1, 2, "")).toMatchObject({ previous: null, next: "?page=2" });
    expect(pageLinks(2, 2, "")).toMatchObject({ previous: "?page=1", next: null });
  });
});

import { describe, expect, test } from "vitest";
import { pageFromUrl, pageOf } from "./pagination";

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

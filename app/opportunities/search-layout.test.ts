import { expect, test } from "vitest";
import { filtersChosen } from "./search-layout";

test("the Filter button counts each chosen filter once, not the keywords, the order or the page", () => {
  expect(filtersChosen(new URLSearchParams(""))).toBe(0);
  expect(filtersChosen(new URLSearchParams("q=coding&sort=newest&page=2"))).toBe(0);
  expect(filtersChosen(new URLSearchParams("la=birmingham&sector="))).toBe(1);
  // Several levels are one filter.
  expect(filtersChosen(new URLSearchParams("level=2&level=3&wage=apprentice-minimum"))).toBe(2);
});

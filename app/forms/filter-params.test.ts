import { expect, test } from "vitest";
import { unknownFilterValues } from "./filter-params";

const choices = {
  la: { allowed: ["birmingham", "coventry"], what: "area" },
  level: { allowed: [2, 3], what: "level" },
};

test("a known value, or none, is no problem", () => {
  expect(unknownFilterValues(new URLSearchParams("la=coventry&level=3"), choices)).toEqual({});
  expect(unknownFilterValues(new URLSearchParams("la=&q=anything"), choices)).toEqual({});
});

test("an unknown value gets a message on its filter", () => {
  expect(unknownFilterValues(new URLSearchParams("la=__proto__&level=9"), choices)).toEqual({
    la: "We do not know that area. Choose one from the list.",
    level: "We do not know that level. Choose one from the list.",
  });
});

test("a filter given more than once is checked in every value", () => {
  expect(unknownFilterValues(new URLSearchParams("level=2&level=3"), choices)).toEqual({});
  expect(unknownFilterValues(new URLSearchParams("level=2&level=7"), choices)).toEqual({
    level: "We do not know that level. Choose one from the list.",
  });
});

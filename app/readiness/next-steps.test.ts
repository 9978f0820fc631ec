import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { nextStepsFor } from "./next-steps";

describe("next steps from a gap", () => {
  test("a weak area links to mentors and offers for that area", () => {
    expect(nextStepsFor("data").map((l) => l.href)).toEqual([
      "/mentors?dimension=data",
      "/offers?dimension=data",
    ]);
    expect(at(nextStepsFor("data"), 0).text).toBe("Find a mentor who helps with data management");
  });

  test("weak workforce skills also point to apprenticeships", () => {
    expect(nextStepsFor("workforce").map((l) => l.href)).toContain("/postings/apprenticeships/new");
  });
});

test("names keep their capitals inside a sentence", () => {
  expect(at(nextStepsFor("automation"), 0).text).toBe(
    "Find a mentor who helps with automation and AI",
  );
});

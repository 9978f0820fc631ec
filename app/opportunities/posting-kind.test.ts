import { describe, expect, test } from "vitest";
import { postingKindFromPath, postingPath } from "./posting-kind";

describe("the kind in a posting's URL", () => {
  test("each kind has its segment, and the segment gives the kind back", () => {
    for (const kind of ["apprenticeship", "placement"] as const) {
      expect(postingKindFromPath(postingPath(kind))).toBe(kind);
    }
    expect(postingPath("placement")).toBe("placements");
  });

  test("any other segment names no kind", () => {
    for (const segment of ["apprenticeship", "jobs", "", undefined]) {
      expect(postingKindFromPath(segment)).toBeNull();
    }
  });
});

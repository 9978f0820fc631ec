import { describe, expect, test } from "vitest";
import { alertQuery, searchAlertPath } from "./search-alerts";

describe("what a saved search keeps", () => {
  test("the filters chosen, not the page, the sort or empty boxes, in a fixed order", () => {
    expect(alertQuery(new URLSearchParams("sort=newest&sector=J&q=&page=3&la=birmingham"))).toBe(
      "la=birmingham&sector=J",
    );
    expect(alertQuery(new URLSearchParams("q= cafe "))).toBe("q=cafe");
    expect(alertQuery(new URLSearchParams(""))).toBe("");
  });

  test("opens as the same search page", () => {
    expect(searchAlertPath("placements", "sector=J")).toBe("/placements?sector=J");
    expect(searchAlertPath("apprenticeships", "")).toBe("/apprenticeships");
  });
});

import { describe, expect, test } from "vitest";
import { parseForm } from "~/forms/parse";
import { apprenticeshipSchema } from "./schemas";
import { newVacancyWithStandard } from "./standard-links";
import { listStandards, vacancyValuesFor, workforceStandards } from "./standards.server";

describe("apprenticeship standards as data", () => {
  test("the migration writes the five workforce standards, each with its level, length and source", async () => {
    const standards = await workforceStandards();
    expect(standards.map((s) => [s.id, s.name, s.level, s.typicalDurationMonths])).toEqual([
      ["ST0120", "Digital support technician", 3, 15],
      ["ST0973", "Information communications technician", 3, 18],
      ["ST0795", "Data technician", 3, 24],
      ["ST0070", "Business administrator", 3, 18],
      ["ST0122", "Multi-channel marketer", 3, 12],
    ]);
    for (const s of standards) expect(s.source).toContain(s.id);
    expect((await listStandards()).length).toBeGreaterThanOrEqual(5);
  });

  test("a standard fills in the vacancy form's standard, level, route and length, which the form accepts", async () => {
    const [digital] = await workforceStandards();
    const values = vacancyValuesFor(digital!);
    expect(values).toEqual({
      standard: "Digital support technician",
      level: "3",
      route: "digital",
      durationMonths: "15",
    });
    const parsed = parseForm(apprenticeshipSchema, values);
    expect(parsed.ok).toBe(false);
    // Other fields are still to fill in; none of the filled-in ones has a problem.
    if (!parsed.ok) {
      for (const field of Object.keys(values)) expect(parsed.errors[field]).toBeUndefined();
    }
  });

  test("the link names the standard by its reference", () => {
    expect(newVacancyWithStandard("ST0120")).toBe("/postings/apprenticeships/new?standard=ST0120");
  });
});

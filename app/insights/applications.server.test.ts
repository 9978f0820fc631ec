import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { applicationsByGroup } from "./applications.server";
import type { InsightFilters } from "./filters";
import { buildInsightTable } from "./insights.server";
import { HIDDEN_TOO, presentTable } from "./table";

// Coventry: 6 employers, each with one vacancy and 3 sent applications in
// September (one hired, one offered, one new), a draft, and one sent in
// August. Dudley: 2 employers with 1 application each (too few to show).

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
let counter = 0;

async function employerWith(
  localAuthority: string,
  applications: { state: string; at: string | null }[],
) {
  const org = await prisma.organisation.create({
    data: {
      name: `Employer ${++counter}`,
      kind: "sme",
      localAuthority,
      sector: "C",
      sizeBand: "small",
      verificationStatus: "verified",
    },
    select: { id: true },
  });
  await prisma.apprenticeship.create({
    data: {
      organisationId: org.id,
      state: "live",
      title: "Apprentice",
      shortDescription: "Short",
      fullDescription: "Full",
      standard: "Business administrator",
      level: 3,
      route: "business",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "apprentice-minimum",
      startDate: d("2099-09-01"),
      closingDate: d("2099-08-01"),
      postcode: "B1 1AA",
      localAuthority,
      trainingProvider: "A provider",
      skillsWanted: "Care",
      applyMethod: "portal",
      applications: {
        create: applications.map((a, n) => ({
          email: `a-${counter}-${n}@insight.test`,
          state: a.state as "new",
          submittedAt: a.at ? d(a.at) : null,
        })),
      },
    },
  });
}

const september: InsightFilters = { by: "la", from: "2026-09-01", to: "2026-09-30" };

beforeAll(async () => {
  for (let i = 0; i < 6; i++)
    await employerWith("coventry", [
      { state: "hired", at: "2026-09-10" },
      { state: "offered", at: "2026-09-11" },
      { state: "new", at: "2026-09-12" },
      { state: "draft", at: null },
      { state: "new", at: "2026-08-10" },
    ]);
  for (let i = 0; i < 2; i++) await employerWith("dudley", [{ state: "hired", at: "2026-09-15" }]);
});

describe("applications in insight", () => {
  it("counts sent applications in the dates by the employer's area, without drafts", async () => {
    const groups = await applicationsByGroup(september, "la");
    expect(groups.find((g) => g.group === "coventry")).toEqual({
      group: "coventry",
      orgs: 6,
      vacancies: 6,
      applications: 18,
      offered: 12,
      hired: 6,
    });
    expect(groups.find((g) => g.group === "dudley")).toMatchObject({ orgs: 2, applications: 2 });
    const all = await applicationsByGroup({ by: "la" }, "all");
    expect(all[0]).toMatchObject({ orgs: 8, applications: 6 * 4 + 2 });
  });

  it("hides a small group of employers, and one more so it cannot be worked out", async () => {
    const table = presentTable(await buildInsightTable("applications", september));
    expect(table.rows.find((r) => r.label === "Dudley")!.suppressed).toBe(true);
    expect(
      table.rows.find((r) => r.label === "Coventry")!.texts.every((t) => t === HIDDEN_TOO),
    ).toBe(true);
    expect(table.rows.find((r) => r.label === "Total")!.texts).toEqual([
      "8",
      "8",
      "20",
      "14",
      "8",
      "40%",
    ]);
  });
});

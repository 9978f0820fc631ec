import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { ApplicationState } from "~/generated/prisma/client";
import { applicationsByGroupScan } from "../../tests/insight-scans";
import { applicationsByGroup } from "./applications.server";
import type { InsightFilters } from "./filters";
import type { Grouping } from "./sql.server";
import { insightRandom } from "../../tests/insight-random";

// The applications table counts each vacancy's applications from the index
// first; this keeps the query it replaced (tests/insight-scans.ts) as the answer,
// for random applications, changes of state, date and employer, and random
// filters, dates and breakdowns.

const { random, pick, maybe, areas, sectorsUsed, sizes, randomInstant, randomDay } =
  insightRandom(20261204);

const states: ApplicationState[] = ["draft", "new", "reviewing", "offered", "hired", "withdrawn"];

let counter = 0;
async function createEmployer() {
  const org = await prisma.organisation.create({
    data: {
      name: "Employer",
      kind: random() < 0.85 ? "sme" : "board",
      localAuthority: maybe(areas),
      sector: maybe(sectorsUsed),
      sizeBand: maybe(sizes),
    },
    select: { id: true },
  });
  return org.id;
}

async function createVacancy(organisationId: string) {
  const day = new Date("2099-09-01T00:00:00Z");
  const vacancy = await prisma.apprenticeship.create({
    data: {
      organisationId,
      title: "Apprentice",
      shortDescription: "Short",
      fullDescription: "Full",
      standard: "ST0001",
      level: 3,
      route: "business",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "apprentice",
      startDate: day,
      closingDate: day,
      postcode: "B1 1AA",
      localAuthority: "coventry",
      trainingProvider: "A provider",
      applyMethod: "portal",
    },
    select: { id: true },
  });
  return vacancy.id;
}

async function createApplication(apprenticeshipId: string) {
  const state = pick(states);
  await prisma.application.create({
    data: {
      apprenticeshipId,
      email: `a-${++counter}@insight.test`,
      state,
      submittedAt: state === "draft" && random() < 0.7 ? null : randomInstant(),
    },
  });
}

function randomFilters(): InsightFilters {
  const [a, b] = [randomDay(), randomDay()].sort();
  return {
    by: pick(["la", "sector", "size"] as const),
    ...(random() < 0.7 ? { from: a } : {}),
    ...(random() < 0.8 ? { to: b } : {}),
    ...(random() < 0.3 ? { localAuthority: pick(areas) } : {}),
    ...(random() < 0.3 ? { sector: pick(sectorsUsed) } : {}),
    ...(random() < 0.2 ? { sizeBand: pick(sizes) } : {}),
  };
}

const byGroup = <T extends { group: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.group).localeCompare(String(b.group)));

describe("applications by group", () => {
  it("gives exactly the old query's numbers for random applications, filters and dates", async () => {
    const employers: string[] = [];
    for (let i = 0; i < 25; i++) employers.push(await createEmployer());
    const vacancies: string[] = [];
    for (let i = 0; i < 40; i++) vacancies.push(await createVacancy(pick(employers)));
    for (let i = 0; i < 200; i++) await createApplication(pick(vacancies));
    let compared = 0;
    for (let round = 0; round < 5; round++) {
      const applications = await prisma.application.findMany({ select: { id: true } });
      for (let i = 0; i < 15; i++) {
        const id = pick(applications).id;
        const roll = random();
        if (roll < 0.4)
          await prisma.application.update({ where: { id }, data: { state: pick(states) } });
        else if (roll < 0.7)
          await prisma.application.update({
            where: { id },
            data: { submittedAt: randomInstant() },
          });
        else if (roll < 0.85)
          await prisma.apprenticeship.update({
            where: { id: pick(vacancies) },
            data: { organisationId: pick(employers) },
          });
        else
          await prisma.organisation.update({
            where: { id: pick(employers) },
            data: { localAuthority: maybe(areas), sector: maybe(sectorsUsed) },
          });
      }
      for (let i = 0; i < 12; i++) {
        const filters = randomFilters();
        const grouping: Grouping = random() < 0.2 ? "all" : filters.by;
        const expected = await applicationsByGroupScan(filters, grouping);
        expect(
          byGroup(await applicationsByGroup(filters, grouping)),
          JSON.stringify({ filters, grouping }),
        ).toEqual(byGroup(expected));
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(60);
  }, 60_000);
});

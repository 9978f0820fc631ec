import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { dateBounds, type InsightFilters } from "./filters";
import { num } from "./sql.server";
import { activityByMonth, activityByMonthScan, type ActivityFact } from "./trends.server";
import { insightRandom } from "../../tests/insight-random";

// The month-by-month postings, placement requests and mentoring requests come
// from InsightActivityMonth (kept by triggers, decision 056) for whole months and
// from the facts only for the cut months. This keeps the scans they replaced as
// the answer: random writes of every kind the triggers must follow (a posting
// published, moved in time or to another organisation, deleted; a request made,
// moved or deleted; a placement moved or deleted with its requests; a firm changed
// or deleted), then the same numbers for random filters and dates.

const {
  random,
  pick,
  areas,
  sectorsUsed,
  sizes,
  randomInstant,
  randomDay,
  cellChange,
  createFirm: createFirmIn,
} = insightRandom(20261203);
const publishedAt = () => (random() < 0.15 ? null : randomInstant());

const asMap = (rows: { month: string; count: unknown; orgs: unknown }[]) =>
  Object.fromEntries(
    rows
      .map((row) => [row.month, { count: num(row.count), orgs: num(row.orgs) }] as const)
      .filter(([, value]) => value.count > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const createFirm = () =>
  createFirmIn(() => (random() < 0.8 ? "sme" : pick(["school", "board"] as const)));

const day = new Date("2026-09-01T00:00:00Z");
const createApprenticeship = (organisationId: string) =>
  prisma.apprenticeship.create({
    data: {
      organisationId,
      title: "Apprentice",
      shortDescription: "Short",
      fullDescription: "Full",
      standard: "ST0001",
      level: 3,
      route: "digital",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "apprentice",
      startDate: day,
      closingDate: day,
      postcode: "CV1 1AA",
      localAuthority: "coventry",
      trainingProvider: "College",
      applyMethod: "portal",
      firstPublishedAt: publishedAt(),
    },
  });
const createPlacement = (organisationId: string | null) =>
  prisma.placement.create({
    data: {
      organisationId,
      title: "Placement",
      description: "Desc",
      sector: "J",
      dateMode: "fixed",
      startDate: day,
      endDate: day,
      yearGroups: "[10]",
      places: 2,
      format: "in-person",
      firstPublishedAt: publishedAt(),
    },
  });
const createRequest = (placementId: string) =>
  prisma.placementRequest.create({
    data: { placementId, places: 1, yearGroup: "10", createdAt: randomInstant() },
  });
const createMentoring = (smeOrgId: string) =>
  prisma.mentoringRequest.create({
    data: { smeOrgId, goals: "Goals", preferredFormat: "online", createdAt: randomInstant() },
  });

const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);

/** One random write of any kind the counts must follow. */
async function randomWrite(firms: string[]) {
  const roll = random();
  const apprenticeships = await ids(prisma.apprenticeship.findMany({ select: { id: true } }));
  const placements = await ids(prisma.placement.findMany({ select: { id: true } }));
  const requests = await ids(prisma.placementRequest.findMany({ select: { id: true } }));
  const mentoring = await ids(prisma.mentoringRequest.findMany({ select: { id: true } }));
  if (roll < 0.1) return createApprenticeship(pick(firms));
  if (roll < 0.2) return createPlacement(pick(firms));
  if (roll < 0.3 && placements.length) return createRequest(pick(placements));
  if (roll < 0.38) return createMentoring(pick(firms));
  if (roll < 0.46 && apprenticeships.length)
    return prisma.apprenticeship.update({
      where: { id: pick(apprenticeships) },
      data: random() < 0.6 ? { firstPublishedAt: publishedAt() } : { organisationId: pick(firms) },
    });
  if (roll < 0.54 && placements.length)
    return prisma.placement.update({
      where: { id: pick(placements) },
      data:
        random() < 0.5
          ? { firstPublishedAt: publishedAt() }
          : { organisationId: random() < 0.1 ? null : pick(firms) },
    });
  if (roll < 0.6 && requests.length)
    return prisma.placementRequest.update({
      where: { id: pick(requests) },
      data:
        random() < 0.6 || !placements.length
          ? { createdAt: randomInstant() }
          : { placementId: pick(placements) },
    });
  if (roll < 0.65 && mentoring.length)
    return prisma.mentoringRequest.update({
      where: { id: pick(mentoring) },
      data:
        random() < 0.6
          ? { createdAt: randomInstant() }
          : { smeOrgId: random() < 0.1 ? null : pick(firms) },
    });
  if (roll < 0.68 && apprenticeships.length)
    return prisma.apprenticeship.delete({ where: { id: pick(apprenticeships) } });
  if (roll < 0.71 && placements.length)
    return prisma.placement.delete({ where: { id: pick(placements) } });
  if (roll < 0.74 && requests.length)
    return prisma.placementRequest.delete({ where: { id: pick(requests) } });
  if (roll < 0.77 && mentoring.length)
    return prisma.mentoringRequest.delete({ where: { id: pick(mentoring) } });
  if (roll < 0.95)
    return prisma.organisation.update({
      where: { id: pick(firms) },
      data: cellChange(["sme", "school", "board"], 0.15),
    });
  const gone = firms.splice(Math.floor(random() * firms.length), 1)[0]!;
  await prisma.organisation.delete({ where: { id: gone } });
  firms.push(await createFirm());
}

function randomFilters(): InsightFilters {
  const [a, b] = [randomDay(), randomDay()].sort();
  return {
    by: "la",
    from: a,
    to: b,
    ...(random() < 0.3 ? { localAuthority: pick(areas) } : {}),
    ...(random() < 0.3 ? { sector: pick(sectorsUsed) } : {}),
    ...(random() < 0.2 ? { sizeBand: pick(sizes) } : {}),
  };
}

const facts: ActivityFact[] = ["posting", "request", "mentoring"];

describe("month-by-month postings and requests from the counts table", () => {
  it("give exactly the scans' numbers after random writes, for random filters and dates", async () => {
    const firms: string[] = [];
    for (let i = 0; i < 30; i++) firms.push(await createFirm());
    for (let i = 0; i < 40; i++) await createApprenticeship(pick(firms));
    const placements = [];
    for (let i = 0; i < 40; i++) placements.push((await createPlacement(pick(firms))).id);
    for (let i = 0; i < 80; i++) await createRequest(pick(placements));
    for (let i = 0; i < 60; i++) await createMentoring(pick(firms));
    const compared = { posting: 0, request: 0, mentoring: 0 };
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 25; i++) await randomWrite(firms);
      for (let i = 0; i < 8; i++) {
        const filters = randomFilters();
        const bounds = dateBounds(filters);
        for (const fact of facts) {
          const expected = asMap(await activityByMonthScan(fact, filters, bounds));
          expect(
            asMap(await activityByMonth(fact, filters, bounds)),
            `${fact} ${JSON.stringify(filters)}`,
          ).toEqual(expected);
          compared[fact] += Object.keys(expected).length;
        }
      }
    }
    // The comparisons were not all of empty months, for any of the three.
    for (const fact of facts) expect(compared[fact], fact).toBeGreaterThan(40);
    // Every cell adds up to what is there (no negative counts left behind).
    const negative = await prisma.insightActivityMonth.count({
      where: { OR: [{ count: { lt: 0 } }, { orgs: { lt: 0 } }] },
    });
    expect(negative).toBe(0);
  }, 120_000);
});

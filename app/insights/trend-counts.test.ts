import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { dateBounds, type InsightFilters } from "./filters";
import { num } from "./sql.server";
import { checksByMonth, checksByMonthScan } from "./trends.server";
import { insightRandom } from "../../tests/insight-random";

// The month-by-month checks come from InsightCheckMonth (kept by triggers) for
// whole months and from the checks only for the cut months at either end. This
// keeps the scan they replaced as the answer: random writes of every kind the
// triggers must follow, then the same numbers for random filters and dates.

const {
  random,
  pick,
  areas,
  sectorsUsed,
  sizes,
  randomInstant,
  randomDay,
  cellChange,
  createFirm,
} = insightRandom(20261201);

const asMap = (rows: { month: string; count: unknown; orgs: unknown }[]) =>
  Object.fromEntries(
    rows
      .map((row) => [row.month, { count: num(row.count), orgs: num(row.orgs) }] as const)
      .filter(([, value]) => value.count > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

async function createCheck(organisationId: string) {
  const submitted = random() < 0.85;
  await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "test",
      status: submitted ? "submitted" : "in-progress",
      submittedAt: submitted || random() < 0.2 ? randomInstant() : null,
    },
  });
}

/** One random write: new checks, a check submitted, moved, undone or deleted, a firm changed or gone. */
async function randomWrite(firms: string[]) {
  const roll = random();
  const checks = await prisma.readinessCheck.findMany({ select: { id: true } });
  if (roll < 0.35 || !checks.length) return createCheck(pick(firms));
  const checkId = pick(checks).id;
  if (roll < 0.5)
    return prisma.readinessCheck.update({
      where: { id: checkId },
      data: { status: "submitted", submittedAt: randomInstant() },
    });
  if (roll < 0.6)
    return prisma.readinessCheck.update({
      where: { id: checkId },
      data: { status: "in-progress" },
    });
  if (roll < 0.7)
    return prisma.readinessCheck.update({
      where: { id: checkId },
      data: { organisationId: pick(firms) },
    });
  if (roll < 0.8) return prisma.readinessCheck.delete({ where: { id: checkId } });
  if (roll < 0.95)
    return prisma.organisation.update({
      where: { id: pick(firms) },
      data: cellChange(["sme", "school"], 0.1),
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

describe("month-by-month checks from the counts table", () => {
  it("gives exactly the scan's numbers after random writes, for random filters and dates", async () => {
    const firms: string[] = [];
    for (let i = 0; i < 40; i++) firms.push(await createFirm());
    for (let i = 0; i < 150; i++) await createCheck(pick(firms));
    let compared = 0;
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 25; i++) await randomWrite(firms);
      for (let i = 0; i < 12; i++) {
        const filters = randomFilters();
        const bounds = dateBounds(filters);
        const expected = asMap(await checksByMonthScan(filters, bounds));
        expect(asMap(await checksByMonth(filters, bounds)), JSON.stringify(filters)).toEqual(
          expected,
        );
        compared += Object.keys(expected).length;
      }
    }
    // The comparisons were not all of empty months.
    expect(compared).toBeGreaterThan(100);
    // Every cell adds up to what is there (no negative counts left behind).
    const negative = await prisma.insightCheckMonth.count({
      where: { OR: [{ checks: { lt: 0 } }, { orgs: { lt: 0 } }] },
    });
    expect(negative).toBe(0);
    // About 300 writes and 100 comparisons: 2.4 s alone, far longer beside other files on a busy machine.
  }, 90_000);

  it("reads whole months from the table and cuts months from the checks", async () => {
    const firm = await prisma.organisation.create({
      data: { name: "Edge", kind: "sme", localAuthority: areas[0], sector: sectorsUsed[0] },
      select: { id: true },
    });
    // 30 June 23:30 UTC is 1 July in London; 30 September 23:30 UTC is 1 October.
    const times = [
      "2024-06-30T23:30:00Z",
      "2024-07-15T10:00:00Z",
      "2024-07-31T23:30:00Z",
      "2024-08-10T10:00:00Z",
      "2024-09-30T23:30:00Z",
    ];
    for (const at of times)
      await prisma.readinessCheck.create({
        data: {
          organisationId: firm.id,
          bankVersion: "test",
          status: "submitted",
          submittedAt: new Date(at),
        },
      });
    const filters: InsightFilters = {
      by: "la",
      from: "2024-07-01",
      to: "2024-09-30",
      localAuthority: areas[0],
      sector: sectorsUsed[0],
    };
    const bounds = dateBounds(filters);
    expect(asMap(await checksByMonth(filters, bounds))).toEqual(
      asMap(await checksByMonthScan(filters, bounds)),
    );
    expect(asMap(await checksByMonth(filters, bounds))).toEqual({
      "2024-06": { count: 1, orgs: 1 },
      "2024-07": { count: 2, orgs: 1 },
      "2024-08": { count: 1, orgs: 1 },
    });
  });
});

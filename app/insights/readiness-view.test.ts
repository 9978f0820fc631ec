import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { ReadinessBand } from "~/generated/prisma/client";
import { readinessByGroupScan, readinessMediansScan } from "../../tests/insight-scans";
import type { InsightFilters } from "./filters";
import { Histogram, histogramMedian, readinessView } from "./readiness.server";
import type { Grouping } from "./sql.server";
import { median } from "~/readiness/peers";
import { insightRandom } from "../../tests/insight-random";

// Both readiness tables come from one read of the latest checks, counted in
// JavaScript with score histograms, and the checks completed from
// InsightCheckMonth for whole months. This keeps the two queries they replaced
// (tests/insight-scans.ts) as the answer: random writes, then the same numbers
// for random filters, dates and breakdowns.

const {
  random,
  pick,
  maybe,
  areas,
  sectorsUsed,
  sizes,
  randomInstant,
  randomDay,
  cellChange,
  createFirm,
} = insightRandom(20261202);

const bands: ReadinessBand[] = ["Starting", "Developing", "Established", "Leading"];
// Few distinct scores, so medians often fall between two equal or two different values.
const score = () => (random() < 0.1 ? null : pick([10, 35, 40, 49, 50, 51, 60, 77, 100]));

/** isLatest as the submit command keeps it: the firm's newest submitted check. */
async function markLatest(organisationId: string) {
  await prisma.readinessCheck.updateMany({
    where: { organisationId, isLatest: true },
    data: { isLatest: false },
  });
  const newest = await prisma.readinessCheck.findFirst({
    where: { organisationId, status: "submitted", submittedAt: { not: null } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (newest)
    await prisma.readinessCheck.update({ where: { id: newest.id }, data: { isLatest: true } });
}

async function createCheck(organisationId: string) {
  const submitted = random() < 0.85;
  await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "test",
      status: submitted ? "submitted" : "in-progress",
      submittedAt: submitted || random() < 0.2 ? randomInstant() : null,
      ...(submitted
        ? {
            overall: score(),
            band: maybe(bands),
            scoreStrategy: score(),
            scoreReadiness: score(),
            scoreWorkforce: score(),
            scoreData: score(),
            scoreAutomation: score(),
            scoreCyber: score(),
          }
        : {}),
    },
  });
  await markLatest(organisationId);
}

async function randomWrite(firms: string[]) {
  const roll = random();
  const checks = await prisma.readinessCheck.findMany({
    select: { id: true, organisationId: true },
  });
  if (roll < 0.4 || !checks.length) return createCheck(pick(firms));
  const check = pick(checks);
  if (roll < 0.55) {
    await prisma.readinessCheck.update({
      where: { id: check.id },
      data: { status: "submitted", submittedAt: randomInstant(), overall: score() },
    });
    return markLatest(check.organisationId);
  }
  if (roll < 0.65) {
    await prisma.readinessCheck.update({
      where: { id: check.id },
      data: { status: "in-progress", isLatest: false },
    });
    return markLatest(check.organisationId);
  }
  if (roll < 0.75) {
    await prisma.readinessCheck.delete({ where: { id: check.id } });
    return markLatest(check.organisationId);
  }
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
    by: pick(["la", "sector", "size"] as const),
    ...(random() < 0.8 ? { from: a } : {}),
    ...(random() < 0.9 ? { to: b } : {}),
    ...(random() < 0.3 ? { localAuthority: pick(areas) } : {}),
    ...(random() < 0.3 ? { sector: pick(sectorsUsed) } : {}),
    ...(random() < 0.2 ? { sizeBand: pick(sizes) } : {}),
  };
}

const byGroup = <T extends { group: string | null }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.group).localeCompare(String(b.group)));
const mediansSorted = <T extends { group: string | null; total: boolean }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.total}${a.group}`.localeCompare(`${b.total}${b.group}`));

describe("readiness tables from one read", () => {
  it("give exactly the old queries' numbers after random writes, for random filters and dates", async () => {
    const firms: string[] = [];
    for (let i = 0; i < 40; i++) firms.push(await createFirm());
    for (let i = 0; i < 150; i++) await createCheck(pick(firms));
    let compared = 0;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 25; i++) await randomWrite(firms);
      for (let i = 0; i < 12; i++) {
        const filters = randomFilters();
        const grouping: Grouping = random() < 0.2 ? "all" : filters.by;
        const view = await readinessView(filters, grouping);
        const label = JSON.stringify({ filters, grouping });
        const groups = await readinessByGroupScan(filters, grouping);
        expect(byGroup(view.groups), label).toEqual(byGroup(groups));
        expect(mediansSorted(view.medians), label).toEqual(
          mediansSorted(await readinessMediansScan(filters, grouping)),
        );
        compared += groups.length;
      }
    }
    // The comparisons were not all of empty views.
    expect(compared).toBeGreaterThan(100);
  }, 90_000);

  it("takes the median from a histogram as peers.median does from the values", () => {
    for (let n = 0; n < 200; n++) {
      // Mostly whole scores, some not (kept apart in the histogram), so both are walked in order.
      const values = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        random() < 0.8 ? Math.floor(random() * 101) : Math.round(random() * 2000 - 500) / 10,
      );
      const histogram = new Histogram();
      for (const value of values) histogram.add(value);
      expect(histogramMedian(histogram)).toBe(median(values));
    }
    expect(histogramMedian(new Histogram())).toBeNull();
  });
});

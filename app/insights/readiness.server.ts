import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { scoreColumns as dimensionScoreColumns, scoreSelect } from "~/readiness/checks.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import { dateBounds, type InsightFilters } from "./filters";
import { median } from "~/readiness/peers";
import { splitByMonths, type Bounds } from "./months";
import { groupBy, inDates, monthsIn, num, orgConditions, type Grouping } from "./sql.server";

// Readiness insight, all computed in SQL. Each SME counts once, by its latest
// check submitted within the chosen dates; "checks completed" counts every check.

/** Under this workforce digital skills score a firm is in the "hidden middle". */
export const HIDDEN_MIDDLE_BELOW = 50;

export type ReadinessGroup = {
  group: string | null;
  orgs: number;
  checks: number;
  starting: number;
  developing: number;
  established: number;
  leading: number;
  hiddenMiddle: number;
};

// The stored score columns (overall, band and each dimension), named once in readiness/checks.server.ts.
const storedScores = Object.keys(scoreSelect);
const scoreColumnsSql = Prisma.raw(storedScores.map((column) => `c."${column}"`).join(", "));

/**
 * The latest check per SME within the dates, with its group. Every firm's newest
 * submitted check is marked (isLatest, kept by the command that submits a check), so
 * when that check falls in the dates it is the answer: one read of the (isLatest,
 * status) index, no sorting. Only firms whose newest check came after the end date
 * (a view that ends in the past, or checks from the week still going on) need
 * their checks before it: the newest, looked up per firm on the (organisationId,
 * status, submittedAt) index. Staff views always have an end date (whole weeks,
 * decision 019); numbering every check in the dates per firm (ROW_NUMBER) had cost
 * 1.2 s at 25,000 firms (issue 16).
 */
function latestChecks(filters: InsightFilters, grouping: Grouping) {
  const newest = Prisma.sql`
      SELECT ${groupBy(grouping)} AS grp, c."organisationId" AS org, ${scoreColumnsSql}
      FROM "ReadinessCheck" c
      JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE c."isLatest" = 1 AND c."status" = 'submitted' AND ${inDates(`c."submittedAt"`, filters)} AND ${orgConditions(filters, "sme")}`;
  const { end } = dateBounds(filters);
  if (!end) return newest;
  return Prisma.sql`${newest}
      UNION ALL
      SELECT ${groupBy(grouping)}, c."organisationId", ${scoreColumnsSql}
      FROM "ReadinessCheck" l
      JOIN "Organisation" o ON o."id" = l."organisationId"
      JOIN "ReadinessCheck" c ON c."id" = (
        SELECT b."id" FROM "ReadinessCheck" b
        WHERE b."organisationId" = l."organisationId" AND b."status" = 'submitted' AND ${inDates(`b."submittedAt"`, filters)}
        ORDER BY b."submittedAt" DESC, b."id" DESC LIMIT 1)
      WHERE l."isLatest" = 1 AND l."status" = 'submitted' AND l."submittedAt" >= ${end} AND ${orgConditions(filters, "sme")}`;
}

/**
 * Checks completed in the dates per group (every check, not only the latest):
 * whole months added up from InsightCheckMonth (kept by triggers, decision 054),
 * the cut months at either end counted from the checks. Keyed by group id, ""
 * where not given (the counts table's cells store "" for a missing value).
 */
async function checksByGroup(filters: InsightFilters, grouping: Grouping) {
  const { whole, cuts } = splitByMonths(dateBounds(filters));
  const scan = (cut: Bounds) => {
    const parts: Prisma.Sql[] = [Prisma.sql`c."submittedAt" IS NOT NULL`];
    if (cut.start) parts.push(Prisma.sql`c."submittedAt" >= ${cut.start}`);
    if (cut.end) parts.push(Prisma.sql`c."submittedAt" < ${cut.end}`);
    return prisma.$queryRaw<{ grp: string | null; checks: unknown }[]>`
      SELECT ${groupBy(grouping)} AS grp, COUNT(*) AS checks
      FROM "ReadinessCheck" c JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE c."status" = 'submitted' AND ${Prisma.join(parts, " AND ")} AND ${orgConditions(filters, "sme")}
      GROUP BY grp`;
  };
  const results = await Promise.all([
    whole
      ? prisma.$queryRaw<{ grp: string | null; checks: unknown }[]>`
      SELECT ${groupBy(grouping)} AS grp, SUM(o."checks") AS checks
      FROM "InsightCheckMonth" o
      WHERE ${monthsIn(`o."month"`, whole)} AND ${orgConditions(filters, "sme")}
      GROUP BY grp`
      : [],
    ...cuts.map(scan),
  ]);
  const checks = new Map<string, number>();
  for (const row of results.flat())
    checks.set(row.grp ?? "", (checks.get(row.grp ?? "") ?? 0) + num(row.checks));
  return checks;
}

export type ScoreKey = "overall" | DimensionId;
export const scoreKeys: ScoreKey[] = ["overall", ...dimensionIds];
const scoreColumns: Record<ScoreKey, string> = { overall: "overall", ...dimensionScoreColumns };

export type MedianGroup = {
  group: string | null;
  total: boolean;
  medians: Record<ScoreKey, number | null>;
};

/**
 * Each score's values as counts per value, so a median needs no sorting of every
 * firm: whole scores 0 to 100 (all the stored ones) in an array, any other value
 * in a map, so the answer stays exact whatever is stored.
 */
export class Histogram {
  readonly whole = new Array<number>(101).fill(0);
  readonly other = new Map<number, number>();
  size = 0;
  add(value: number, count = 1) {
    this.size += count;
    if (Number.isInteger(value) && value >= 0 && value <= 100) this.whole[value]! += count;
    else this.other.set(value, (this.other.get(value) ?? 0) + count);
  }
  addAll(histogram: Histogram) {
    histogram.whole.forEach((count, value) => count && this.add(value, count));
    for (const [value, count] of histogram.other) this.add(value, count);
  }
  /** Distinct values in order, with their counts. */
  entries(): [number, number][] {
    const entries: [number, number][] = [...this.other];
    this.whole.forEach((count, value) => count && entries.push([value, count]));
    return entries.sort((a, b) => a[0] - b[0]);
  }
}

/**
 * The median of the values a histogram holds, by the rule of peers.median (the
 * middle value, or the mean of the middle two to one decimal place): the same
 * number as sorting every value, walking only the distinct values.
 */
export function histogramMedian(histogram: Histogram): number | null {
  if (!histogram.size) return null;
  const entries = histogram.entries();
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of entries) {
      seen += count;
      if (index < seen) return value;
    }
    return entries[entries.length - 1]![0];
  };
  const middle = Math.floor(histogram.size / 2);
  if (histogram.size % 2 === 1) return at(middle);
  return median([at(middle - 1), at(middle)]);
}

type GroupTally = ReadinessGroup & { histograms: Histogram[] };

const bandKeys = {
  Starting: "starting",
  Developing: "developing",
  Established: "established",
  Leading: "leading",
} as const;

/** The readiness and median tables of a view: one read of the latest checks for both. */
export type ReadinessView = { groups: ReadinessGroup[]; medians: MedianGroup[] };

/**
 * Both readiness tables from one read of the latest checks in the dates (each
 * firm once), packed into one text (a line per firm: group, band and the scores)
 * so the rows do not each cost a Prisma row; the bands, the hidden middle and a
 * histogram of each score are counted here. Checks completed (every check, not
 * only the latest) are added up per group from InsightCheckMonth for whole
 * months and read from the checks for the cut months (checksByGroup). Before
 * (issue 16), each table read the latest checks itself and the medians sorted
 * every score. Group ids and scores hold no "," or ";".
 */
export async function readinessView(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<ReadinessView> {
  const packedScores = Prisma.raw(
    scoreKeys.map((key) => `COALESCE("${scoreColumns[key]}", '')`).join(` || ',' || `),
  );
  const [[row], checks] = await Promise.all([
    prisma.$queryRaw<{ packed: string | null }[]>`
      SELECT group_concat(COALESCE(grp, '') || ',' || COALESCE(band, '') || ',' || ${packedScores}, ';') AS packed
      FROM (${latestChecks(filters, grouping)})`,
    checksByGroup(filters, grouping),
  ]);
  const workforce = scoreKeys.indexOf("workforce");
  const tallies = new Map<string, GroupTally>();

  for (const line of row?.packed ? row.packed.split(";") : []) {
    const [group = "", band = "", ...values] = line.split(",");
    let tally = tallies.get(group);
    if (!tally) {
      tally = {
        group: group || null,
        orgs: 0,
        checks: checks.get(group) ?? 0,
        starting: 0,
        developing: 0,
        established: 0,
        leading: 0,
        hiddenMiddle: 0,
        histograms: scoreKeys.map(() => new Histogram()),
      };
      tallies.set(group, tally);
    }
    tally.orgs++;
    const bandKey = bandKeys[band as keyof typeof bandKeys];
    if (bandKey) tally[bandKey]++;
    for (let i = 0; i < scoreKeys.length; i++) {
      const text = values[i];
      if (!text) continue;
      const value = Number(text);
      if (i === workforce && value < HIDDEN_MIDDLE_BELOW) tally.hiddenMiddle++;
      tally.histograms[i]!.add(value);
    }
  }
  const mediansOf = (histograms: Histogram[]) =>
    Object.fromEntries(scoreKeys.map((key, i) => [key, histogramMedian(histograms[i]!)])) as Record<
      ScoreKey,
      number | null
    >;
  const groups = [...tallies.values()];
  const everyone = scoreKeys.map(() => new Histogram());
  for (const tally of groups) tally.histograms.forEach((h, i) => everyone[i]!.addAll(h));
  const medians: MedianGroup[] = groups.map((tally) => ({
    group: tally.group,
    total: false,
    medians: mediansOf(tally.histograms),
  }));
  return {
    groups: groups.map(({ histograms: _, ...group }) => group),
    medians: groups.length
      ? [...medians, { group: null, total: true, medians: mediansOf(everyone) }]
      : medians,
  };
}

export async function readinessByGroup(filters: InsightFilters, grouping: Grouping) {
  return (await readinessView(filters, grouping)).groups;
}

export async function readinessMedians(filters: InsightFilters, grouping: Grouping) {
  return (await readinessView(filters, grouping)).medians;
}

import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import type { InsightFilters } from "./filters";
import { groupBy, inDates, num, numOrNull, orgConditions, type Grouping } from "./sql.server";

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

/** The latest check per SME in the dates, with its group. Uses the (status, submittedAt) index. */
function latestChecks(filters: InsightFilters, grouping: Grouping) {
  return Prisma.sql`
    SELECT ${groupBy(grouping)} AS grp, c."organisationId" AS org, c."overall", c."band",
      c."scoreStrategy", c."scoreReadiness", c."scoreWorkforce", c."scoreData", c."scoreAutomation", c."scoreCyber",
      ROW_NUMBER() OVER (PARTITION BY c."organisationId" ORDER BY c."submittedAt" DESC, c."id" DESC) AS rn,
      COUNT(*) OVER (PARTITION BY c."organisationId") AS checks
    FROM "ReadinessCheck" c
    JOIN "Organisation" o ON o."id" = c."organisationId"
    WHERE c."status" = 'submitted' AND ${inDates(`c."submittedAt"`, filters)} AND ${orgConditions(filters, "sme")}`;
}

export async function readinessByGroup(filters: InsightFilters, grouping: Grouping): Promise<ReadinessGroup[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestChecks(filters, grouping)})
    SELECT grp,
      COUNT(*) AS orgs,
      SUM(checks) AS checks,
      SUM(CASE WHEN band = 'Starting' THEN 1 ELSE 0 END) AS starting,
      SUM(CASE WHEN band = 'Developing' THEN 1 ELSE 0 END) AS developing,
      SUM(CASE WHEN band = 'Established' THEN 1 ELSE 0 END) AS established,
      SUM(CASE WHEN band = 'Leading' THEN 1 ELSE 0 END) AS leading,
      SUM(CASE WHEN "scoreWorkforce" < ${HIDDEN_MIDDLE_BELOW} THEN 1 ELSE 0 END) AS hidden
    FROM latest WHERE rn = 1
    GROUP BY grp`;
  return rows.map((row) => ({
    group: (row.grp as string | null) ?? null,
    orgs: num(row.orgs),
    checks: num(row.checks),
    starting: num(row.starting),
    developing: num(row.developing),
    established: num(row.established),
    leading: num(row.leading),
    hiddenMiddle: num(row.hidden),
  }));
}

export type ScoreKey = "overall" | DimensionId;
export const scoreKeys: ScoreKey[] = ["overall", ...dimensionIds];
const scoreColumns: Record<ScoreKey, string> = {
  overall: "overall",
  strategy: "scoreStrategy",
  readiness: "scoreReadiness",
  workforce: "scoreWorkforce",
  data: "scoreData",
  automation: "scoreAutomation",
  cyber: "scoreCyber",
};

export type MedianGroup = { group: string | null; medians: Record<ScoreKey, number | null> };

/**
 * Median of each score per group, in SQL: the scores are unpivoted into
 * (group, score kind, value) rows, numbered in order within each group, and the
 * middle one (or the mean of the middle two) is kept. Same rule as peers.median.
 */
export async function readinessMedians(filters: InsightFilters, grouping: Grouping): Promise<MedianGroup[]> {
  const unpivot = Prisma.join(
    scoreKeys.map(
      (key) =>
        Prisma.sql`SELECT grp, ${key} AS dim, ${Prisma.raw(`"${scoreColumns[key]}"`)} AS score FROM latest WHERE rn = 1 AND ${Prisma.raw(`"${scoreColumns[key]}"`)} IS NOT NULL`,
    ),
    " UNION ALL ",
  );
  const rows = await prisma.$queryRaw<{ grp: string | null; dim: ScoreKey; median: unknown }[]>`
    WITH latest AS (${latestChecks(filters, grouping)}),
    scores AS (${unpivot}),
    ranked AS (
      SELECT grp, dim, score,
        ROW_NUMBER() OVER (PARTITION BY grp, dim ORDER BY score) AS r,
        COUNT(*) OVER (PARTITION BY grp, dim) AS n
      FROM scores
    )
    SELECT grp, dim, ROUND(AVG(score), 1) AS median
    FROM ranked WHERE r IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY grp, dim`;
  const byGroup = new Map<string | null, MedianGroup>();
  for (const row of rows) {
    const group = row.grp ?? null;
    let entry = byGroup.get(group);
    if (!entry) {
      entry = { group, medians: Object.fromEntries(scoreKeys.map((k) => [k, null])) as Record<ScoreKey, number | null> };
      byGroup.set(group, entry);
    }
    entry.medians[row.dim] = numOrNull(row.median);
  }
  return [...byGroup.values()];
}

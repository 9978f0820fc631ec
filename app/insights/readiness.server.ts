import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { scoreColumns as dimensionScoreColumns, scoreSelect } from "~/readiness/checks.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import { dateBounds, type InsightFilters } from "./filters";
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

export async function readinessByGroup(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<ReadinessGroup[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestChecks(filters, grouping)}),
    firms AS (
      SELECT grp,
        COUNT(*) AS orgs,
        SUM(CASE WHEN band = 'Starting' THEN 1 ELSE 0 END) AS starting,
        SUM(CASE WHEN band = 'Developing' THEN 1 ELSE 0 END) AS developing,
        SUM(CASE WHEN band = 'Established' THEN 1 ELSE 0 END) AS established,
        SUM(CASE WHEN band = 'Leading' THEN 1 ELSE 0 END) AS leading,
        SUM(CASE WHEN "scoreWorkforce" < ${HIDDEN_MIDDLE_BELOW} THEN 1 ELSE 0 END) AS hidden
      FROM latest GROUP BY grp
    ),
    done AS (
      SELECT ${groupBy(grouping)} AS grp, COUNT(*) AS checks
      FROM "ReadinessCheck" c JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE c."status" = 'submitted' AND ${inDates(`c."submittedAt"`, filters)} AND ${orgConditions(filters, "sme")}
      GROUP BY grp
    )
    SELECT firms.*, done.checks FROM firms LEFT JOIN done ON done.grp IS firms.grp`;
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
const scoreColumns: Record<ScoreKey, string> = { overall: "overall", ...dimensionScoreColumns };

export type MedianGroup = {
  group: string | null;
  total: boolean;
  medians: Record<ScoreKey, number | null>;
};

/**
 * Median of each score per group and for all groups together, in SQL. Scores are
 * whole numbers from 0 to 100, so each group's scores are counted into a histogram
 * (at most 101 rows per group and score); the k-th smallest score is the first whose
 * running count reaches k. The median is the k = (n+1)/2 and k = (n+2)/2 values
 * averaged (integer division), the same rule as peers.median.
 */
export async function readinessMedians(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<MedianGroup[]> {
  const histograms = Prisma.join(
    scoreKeys.map((key) => {
      const column = Prisma.raw(`"${scoreColumns[key]}"`);
      return Prisma.sql`SELECT grp, ${key} AS dim, ${column} AS score, COUNT(*) AS c FROM latest WHERE ${column} IS NOT NULL GROUP BY grp, ${column}`;
    }),
    " UNION ALL ",
  );
  const rows = await prisma.$queryRaw<
    { grp: string | null; t: unknown; dim: ScoreKey; median: unknown }[]
  >`
    WITH latest AS MATERIALIZED (${latestChecks(filters, grouping)}),
    hist AS MATERIALIZED (${histograms}),
    both AS (
      SELECT grp, 0 AS t, dim, score, c FROM hist
      UNION ALL
      SELECT NULL, 1, dim, score, SUM(c) FROM hist GROUP BY dim, score
    ),
    running AS (
      SELECT grp, t, dim, score,
        SUM(c) OVER (PARTITION BY t, grp, dim ORDER BY score) AS upto,
        SUM(c) OVER (PARTITION BY t, grp, dim) AS n
      FROM both
    )
    SELECT grp, t, dim,
      ROUND((MIN(CASE WHEN upto >= (n + 1) / 2 THEN score END) + MIN(CASE WHEN upto >= (n + 2) / 2 THEN score END)) / 2.0, 1) AS median
    FROM running
    GROUP BY t, grp, dim`;
  const byGroup = new Map<string, MedianGroup>();
  for (const row of rows) {
    const total = num(row.t) === 1;
    const key = total ? "\u0000total" : `g:${row.grp ?? ""}`;
    let entry = byGroup.get(key);
    if (!entry) {
      entry = {
        group: total ? null : (row.grp ?? null),
        total,
        medians: Object.fromEntries(scoreKeys.map((k) => [k, null])) as Record<
          ScoreKey,
          number | null
        >,
      };
      byGroup.set(key, entry);
    }
    entry.medians[row.dim] = numOrNull(row.median);
  }
  return [...byGroup.values()];
}

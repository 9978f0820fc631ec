import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { scoreColumns as dimensionScoreColumns, scoreSelect } from "~/readiness/checks.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import { dateBounds, type InsightFilters } from "./filters";
import { median } from "~/readiness/peers";
import { groupBy, inDates, num, orgConditions, type Grouping } from "./sql.server";

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
 * Median of each score per group and for all groups together. One query reads the
 * latest checks once and packs each firm's group and scores into one text (a line
 * per firm); the medians are worked out here with peers.median, the rule the
 * results page uses (the middle score, or the mean of the middle two). It had been
 * seven GROUP BY histograms and running sums in SQL, the slowest part of a first
 * view: twice the CPU (issue 16). Group ids and scores hold no "," or ";".
 */
export async function readinessMedians(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<MedianGroup[]> {
  const packedScores = Prisma.raw(
    scoreKeys.map((key) => `COALESCE("${scoreColumns[key]}", '')`).join(` || ',' || `),
  );
  const [row] = await prisma.$queryRaw<{ packed: string | null }[]>`
    SELECT group_concat(COALESCE(grp, '') || ',' || ${packedScores}, ';') AS packed
    FROM (${latestChecks(filters, grouping)})`;
  const emptyLists = () =>
    Object.fromEntries(scoreKeys.map((key) => [key, [] as number[]])) as Record<ScoreKey, number[]>;
  const byGroup = new Map<string, Record<ScoreKey, number[]>>();
  const everyone = emptyLists();
  for (const line of row?.packed ? row.packed.split(";") : []) {
    const [group = "", ...values] = line.split(",");
    let lists = byGroup.get(group);
    if (!lists) byGroup.set(group, (lists = emptyLists()));
    scoreKeys.forEach((key, index) => {
      const text = values[index];
      if (!text) return;
      lists[key].push(Number(text));
      everyone[key].push(Number(text));
    });
  }
  const mediansOf = (lists: Record<ScoreKey, number[]>) =>
    Object.fromEntries(scoreKeys.map((key) => [key, median(lists[key])])) as Record<
      ScoreKey,
      number | null
    >;
  const groups: MedianGroup[] = [...byGroup].map(([group, lists]) => ({
    group: group || null,
    total: false,
    medians: mediansOf(lists),
  }));
  return byGroup.size
    ? [...groups, { group: null, total: true, medians: mediansOf(everyone) }]
    : groups;
}

// The insight queries that counts tables and merged reads replaced (issue 16,
// decisions 054 and 056), kept word for word as the answer the property tests
// hold the new ones to (app/insights/*-counts.test.ts). Not used by the app.
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { scoreColumns as dimensionScoreColumns, scoreSelect } from "~/readiness/checks.server";
import { median } from "~/readiness/peers";
import { dateBounds, type InsightFilters } from "~/insights/filters";
import {
  HIDDEN_MIDDLE_BELOW,
  scoreKeys,
  type MedianGroup,
  type ReadinessGroup,
  type ScoreKey,
} from "~/insights/readiness.server";
import type { ApplicationGroup } from "~/insights/applications.server";
import { groupBy, inDates, num, orgConditions, type Grouping } from "~/insights/sql.server";

const scoreColumns: Record<ScoreKey, string> = { overall: "overall", ...dimensionScoreColumns };
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

export async function readinessByGroupScan(
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

export async function readinessMediansScan(
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

/** Applications by group, as the staff table counted them before issue 16 (see applications.server.ts). */
export async function applicationsByGroupScan(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<ApplicationGroup[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT ${groupBy(grouping)} AS grp,
      COUNT(DISTINCT a."organisationId") AS orgs,
      COUNT(DISTINCT a."id") AS vacancies,
      COUNT(*) AS applications,
      SUM(CASE WHEN x."state" IN ('offered', 'hired') THEN 1 ELSE 0 END) AS offered,
      SUM(CASE WHEN x."state" = 'hired' THEN 1 ELSE 0 END) AS hired
    FROM "Application" x
      JOIN "Apprenticeship" a ON a."id" = x."apprenticeshipId"
      JOIN "Organisation" o ON o."id" = a."organisationId"
    WHERE x."state" <> 'draft' AND ${inDates(`x."submittedAt"`, filters)} AND ${orgConditions(filters)}
    GROUP BY grp`;
  return rows.map((row) => ({
    group: (row.grp as string | null) ?? null,
    orgs: num(row.orgs),
    vacancies: num(row.vacancies),
    applications: num(row.applications),
    offered: num(row.offered),
    hired: num(row.hired),
  }));
}

import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { dateBounds, type InsightFilters } from "./filters";
import { splitByMonths, type Bounds } from "./months";
import { inBounds, monthsIn, num, orgConditions } from "./sql.server";

// Month-by-month counts. Each count carries the number of organisations behind it,
// so a month with one or two firms can be hidden cell by cell.

export type TrendKey = "checks" | "postings" | "requests" | "mentoring";
export type TrendCount = { count: number; orgs: number };
export type TrendMonth = { month: string } & Record<TrendKey, TrendCount>;

type Row = { month: string; count: unknown; orgs: unknown };

const month = (column: string) => Prisma.raw(`substr(${column}, 1, 7)`);

/**
 * Checks submitted per month within stored-text bounds, counted from the checks
 * themselves. Only the part of a month the bounds cut is read this way now (see
 * checksByMonth); the unit test keeps it as the answer the counts must give.
 */
export function checksByMonthScan(filters: InsightFilters, bounds: Bounds) {
  const parts: Prisma.Sql[] = [Prisma.sql`c."submittedAt" IS NOT NULL`];
  if (bounds.start) parts.push(Prisma.sql`c."submittedAt" >= ${bounds.start}`);
  if (bounds.end) parts.push(Prisma.sql`c."submittedAt" < ${bounds.end}`);
  return prisma.$queryRaw<Row[]>`
      SELECT ${month(`c."submittedAt"`)} AS month, COUNT(*) AS count, COUNT(DISTINCT c."organisationId") AS orgs
      FROM "ReadinessCheck" c JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE c."status" = 'submitted' AND ${Prisma.join(parts, " AND ")} AND ${orgConditions(filters, "sme")}
      GROUP BY month`;
}

/**
 * Checks per month, the same numbers as checksByMonthScan: every whole month
 * inside the bounds is added up from InsightCheckMonth (kept by triggers, a few
 * hundred rows a month whatever the region's size); only the cut months at
 * either end are read from the checks. The table's cell columns are named as the
 * organisation's, so the filters are the same orgConditions. Organisations are in
 * one cell at a time, so the cells' distinct-organisation counts add up.
 */
export async function checksByMonth(filters: InsightFilters, bounds: Bounds) {
  const { whole, cuts } = splitByMonths(bounds);
  const [counted, ...scanned] = await Promise.all([
    whole
      ? prisma.$queryRaw<Row[]>`
      SELECT o."month" AS month, SUM(o."checks") AS count, SUM(o."orgs") AS orgs
      FROM "InsightCheckMonth" o
      WHERE ${monthsIn(`o."month"`, whole)} AND ${orgConditions(filters, "sme")}
      GROUP BY o."month" HAVING SUM(o."checks") > 0`
      : [],
    ...cuts.map((cut) => checksByMonthScan(filters, cut)),
  ]);
  return [...counted, ...scanned.flat()];
}

export type ActivityFact = "posting" | "request" | "mentoring";

/**
 * Postings first published, placement requests made and mentoring requests made
 * per month within stored-text bounds, counted from the facts themselves. Only
 * the months the bounds cut are read this way now (activityByMonth); the unit
 * test keeps it as the answer the counts must give.
 */
export function activityByMonthScan(fact: ActivityFact, filters: InsightFilters, bounds: Bounds) {
  switch (fact) {
    case "posting":
      return prisma.$queryRaw<Row[]>`
      SELECT month, COUNT(*) AS count, COUNT(DISTINCT org) AS orgs FROM (
        SELECT ${month(`a."firstPublishedAt"`)} AS month, a."organisationId" AS org
        FROM "Apprenticeship" a JOIN "Organisation" o ON o."id" = a."organisationId"
        WHERE ${inBounds(`a."firstPublishedAt"`, bounds)} AND ${orgConditions(filters)}
        UNION ALL
        SELECT ${month(`p."firstPublishedAt"`)}, p."organisationId"
        FROM "Placement" p JOIN "Organisation" o ON o."id" = p."organisationId"
        WHERE ${inBounds(`p."firstPublishedAt"`, bounds)} AND ${orgConditions(filters)}
      ) GROUP BY month`;
    case "request":
      return prisma.$queryRaw<Row[]>`
      SELECT ${month(`r."createdAt"`)} AS month, COUNT(*) AS count, COUNT(DISTINCT p."organisationId") AS orgs
      FROM "PlacementRequest" r
      JOIN "Placement" p ON p."id" = r."placementId"
      JOIN "Organisation" o ON o."id" = p."organisationId"
      WHERE ${inBounds(`r."createdAt"`, bounds)} AND ${orgConditions(filters)}
      GROUP BY month`;
    case "mentoring":
      return prisma.$queryRaw<Row[]>`
      SELECT ${month(`m."createdAt"`)} AS month, COUNT(*) AS count, COUNT(DISTINCT m."smeOrgId") AS orgs
      FROM "MentoringRequest" m JOIN "Organisation" o ON o."id" = m."smeOrgId"
      WHERE ${inBounds(`m."createdAt"`, bounds)} AND ${orgConditions(filters, "sme")}
      GROUP BY month`;
  }
}

/**
 * The same numbers as activityByMonthScan: whole months added up from
 * InsightActivityMonth (kept by triggers, decision 056), the cut months at either
 * end read from the facts. Postings and placement requests count every kind of
 * organisation, mentoring requests SMEs, as the scans do.
 */
export async function activityByMonth(fact: ActivityFact, filters: InsightFilters, bounds: Bounds) {
  const { whole, cuts } = splitByMonths(bounds);
  const [counted, ...scanned] = await Promise.all([
    whole
      ? prisma.$queryRaw<Row[]>`
      SELECT o."month" AS month, SUM(o."count") AS count, SUM(o."orgs") AS orgs
      FROM "InsightActivityMonth" o
      WHERE o."fact" = ${fact} AND ${monthsIn(`o."month"`, whole)}
        AND ${orgConditions(filters, fact === "mentoring" ? "sme" : undefined)}
      GROUP BY o."month" HAVING SUM(o."count") > 0`
      : [],
    ...cuts.map((cut) => activityByMonthScan(fact, filters, cut)),
  ]);
  return [...counted, ...scanned.flat()];
}

export async function trendsByMonth(
  filters: InsightFilters,
  months: string[],
): Promise<TrendMonth[]> {
  if (!months.length) return [];
  const last = new Date(`${months[months.length - 1]}-01T00:00:00Z`);
  last.setUTCMonth(last.getUTCMonth() + 1);
  last.setUTCDate(0);
  // The months bound the dates; the chosen dates narrow them further.
  const range = {
    from: filters.from && filters.from > `${months[0]}-01` ? filters.from : `${months[0]}-01`,
    to: filters.to ?? last.toISOString().slice(0, 10),
  };
  const bounds = dateBounds(range);
  const [checks, postings, requests, mentoring] = await Promise.all([
    checksByMonth(filters, bounds),
    activityByMonth("posting", filters, bounds),
    activityByMonth("request", filters, bounds),
    activityByMonth("mentoring", filters, bounds),
  ]);
  const index = (rows: Row[]) =>
    new Map(rows.map((row) => [row.month, { count: num(row.count), orgs: num(row.orgs) }]));
  const maps = {
    checks: index(checks),
    postings: index(postings),
    requests: index(requests),
    mentoring: index(mentoring),
  };
  const zero: TrendCount = { count: 0, orgs: 0 };
  return months.map((m) => ({
    month: m,
    checks: maps.checks.get(m) ?? zero,
    postings: maps.postings.get(m) ?? zero,
    requests: maps.requests.get(m) ?? zero,
    mentoring: maps.mentoring.get(m) ?? zero,
  }));
}

import { prisma } from "~/db.server";
import type { InsightFilters } from "./filters";
import { groupBy, inDates, num, orgConditions, type Grouping } from "./sql.server";

// Applications sent on SkillsBridge within the chosen dates, by the employer's
// area, sector or size: counts only, never anything about the applicant
// (issue 12). The unit for disclosure control is the employer (organisation),
// as in every other table. Hired is where those applications stand now.

export type ApplicationGroup = {
  group: string | null;
  orgs: number;
  vacancies: number;
  applications: number;
  offered: number;
  hired: number;
};

export async function applicationsByGroup(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<ApplicationGroup[]> {
  // Each vacancy's applications are counted first, from the application index
  // alone (apprenticeshipId, state, submittedAt): the vacancy and employer are then
  // looked up once per vacancy, not once per application, and no application row
  // is read. Before (issue 16) it joined every application and counted distinct
  // vacancies: twice the CPU. tests/insight-scans.ts keeps that query as the answer.
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT ${groupBy(grouping)} AS grp,
      COUNT(DISTINCT a."organisationId") AS orgs,
      COUNT(*) AS vacancies,
      SUM(v.n) AS applications,
      SUM(v.offered) AS offered,
      SUM(v.hired) AS hired
    FROM (
      SELECT x."apprenticeshipId" AS vacancy, COUNT(*) AS n,
        SUM(CASE WHEN x."state" IN ('offered', 'hired') THEN 1 ELSE 0 END) AS offered,
        SUM(CASE WHEN x."state" = 'hired' THEN 1 ELSE 0 END) AS hired
      FROM "Application" x
      WHERE x."state" <> 'draft' AND ${inDates(`x."submittedAt"`, filters)}
      GROUP BY x."apprenticeshipId"
    ) v
      JOIN "Apprenticeship" a ON a."id" = v.vacancy
      JOIN "Organisation" o ON o."id" = a."organisationId"
    WHERE ${orgConditions(filters)}
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

import { prisma } from "~/db.server";
import type { InsightFilters } from "./filters";
import { groupBy, inDates, num, orgConditions, type Grouping } from "./sql.server";

// Mentoring requests made within the chosen dates and seats booked on offers, by
// the SME's area, sector or size. The change in score after mentoring is the SME's
// latest check submitted after the relationship ended, minus its baseline: the
// check recorded on the request, or else its last check before the mentor accepted.

export type MentoringGroup = {
  group: string | null;
  orgs: number;
  requests: number;
  accepted: number;
  active: number;
  completed: number;
  seats: number;
  /** Organisations behind the average change (it may be fewer than the row's). */
  changeOrgs: number;
  /** Sum and count of the changes, so groups add up to a total. */
  changeSum: number;
  changeCount: number;
};

export async function mentoringByGroup(
  filters: InsightFilters,
  grouping: Grouping,
): Promise<MentoringGroup[]> {
  const [counts, changes] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>`
      WITH activity AS (
        SELECT ${groupBy(grouping)} AS grp, m."smeOrgId" AS org, 'm' AS kind, m."state" AS state, 0 AS seats
        FROM "MentoringRequest" m JOIN "Organisation" o ON o."id" = m."smeOrgId"
        WHERE ${inDates(`m."createdAt"`, filters)} AND ${orgConditions(filters, "sme")}
        UNION ALL
        SELECT ${groupBy(grouping)}, b."smeOrgId", 'b', NULL, b."seats"
        FROM "OfferBooking" b JOIN "Organisation" o ON o."id" = b."smeOrgId"
        WHERE b."state" = 'booked' AND ${inDates(`b."createdAt"`, filters)} AND ${orgConditions(filters, "sme")}
      )
      SELECT grp,
        COUNT(DISTINCT org) AS orgs,
        SUM(CASE WHEN kind = 'm' THEN 1 ELSE 0 END) AS requests,
        SUM(CASE WHEN kind = 'm' AND state IN ('accepted', 'completed') THEN 1 ELSE 0 END) AS accepted,
        SUM(CASE WHEN kind = 'm' AND state = 'accepted' THEN 1 ELSE 0 END) AS active,
        SUM(CASE WHEN kind = 'm' AND state = 'completed' THEN 1 ELSE 0 END) AS completed,
        SUM(seats) AS seats
      FROM activity
      GROUP BY grp`,
    prisma.$queryRaw<Record<string, unknown>[]>`
      WITH ended AS (
        SELECT ${groupBy(grouping)} AS grp, m."smeOrgId" AS org,
          (SELECT c."overall" FROM "ReadinessCheck" c
            WHERE c."organisationId" = m."smeOrgId" AND c."status" = 'submitted' AND c."submittedAt" > m."endedAt"
            ORDER BY c."submittedAt" DESC LIMIT 1) AS after,
          COALESCE(
            (SELECT c."overall" FROM "ReadinessCheck" c WHERE c."id" = m."baselineCheckId" AND c."status" = 'submitted'),
            (SELECT c."overall" FROM "ReadinessCheck" c
              WHERE c."organisationId" = m."smeOrgId" AND c."status" = 'submitted' AND c."submittedAt" <= m."answeredAt"
              ORDER BY c."submittedAt" DESC LIMIT 1)
          ) AS before
        FROM "MentoringRequest" m JOIN "Organisation" o ON o."id" = m."smeOrgId"
        WHERE m."state" = 'completed' AND m."endedAt" IS NOT NULL
          AND ${inDates(`m."createdAt"`, filters)} AND ${orgConditions(filters, "sme")}
      )
      SELECT grp, COUNT(DISTINCT org) AS orgs, SUM(after - before) AS total, COUNT(*) AS n
      FROM ended WHERE after IS NOT NULL AND before IS NOT NULL
      GROUP BY grp`,
  ]);
  const changeByGroup = new Map(changes.map((row) => [(row.grp as string | null) ?? null, row]));
  return counts.map((row) => {
    const group = (row.grp as string | null) ?? null;
    const change = changeByGroup.get(group);
    return {
      group,
      orgs: num(row.orgs),
      requests: num(row.requests),
      accepted: num(row.accepted),
      active: num(row.active),
      completed: num(row.completed),
      seats: num(row.seats),
      changeOrgs: change ? num(change.orgs) : 0,
      changeSum: change ? num(change.total) : 0,
      changeCount: change ? num(change.n) : 0,
    };
  });
}

/** The mean change, to one decimal place; null when no relationship has both checks. */
export function averageChange(group: Pick<MentoringGroup, "changeSum" | "changeCount">) {
  return group.changeCount ? Math.round((group.changeSum / group.changeCount) * 10) / 10 : null;
}

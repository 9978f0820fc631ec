import { prisma } from "~/db.server";
import { liveSql } from "~/opportunities/live.server";
import type { InsightFilters } from "./filters";
import { groupBy, inDates, num, orgConditions, type Grouping } from "./sql.server";

// Apprenticeships and placements first published within the chosen dates, by the
// posting organisation's area, sector or size. "Live" is whether it is live now,
// by the one rule the listings use (opportunities/live.server.ts).
// Requested and accepted places are those asked for on these placements.

export type OpportunityGroup = {
  group: string | null;
  orgs: number;
  apprenticeships: number;
  apprenticeshipsLive: number;
  positions: number;
  placements: number;
  placementsLive: number;
  placesOffered: number;
  placesRequested: number;
  placesAccepted: number;
};

export async function opportunitiesByGroup(
  filters: InsightFilters,
  grouping: Grouping,
  now = new Date(),
): Promise<OpportunityGroup[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH postings AS (
      SELECT ${groupBy(grouping)} AS grp, a."organisationId" AS org, 'a' AS kind,
        CASE WHEN ${liveSql("apprenticeship", now, "a")} THEN 1 ELSE 0 END AS live, a."positions" AS offered, 0 AS requested, 0 AS accepted
      FROM "Apprenticeship" a JOIN "Organisation" o ON o."id" = a."organisationId"
      WHERE ${inDates(`a."firstPublishedAt"`, filters)} AND ${orgConditions(filters)}
      UNION ALL
      SELECT ${groupBy(grouping)}, p."organisationId", 'p',
        CASE WHEN ${liveSql("placement", now, "p")} THEN 1 ELSE 0 END, p."places",
        (SELECT COALESCE(SUM(r."places"), 0) FROM "PlacementRequest" r WHERE r."placementId" = p."id"),
        (SELECT COALESCE(SUM(r."placesAccepted"), 0) FROM "PlacementRequest" r WHERE r."placementId" = p."id" AND r."state" = 'accepted')
      FROM "Placement" p JOIN "Organisation" o ON o."id" = p."organisationId"
      WHERE ${inDates(`p."firstPublishedAt"`, filters)} AND ${orgConditions(filters)}
    )
    SELECT grp,
      COUNT(DISTINCT org) AS orgs,
      SUM(CASE WHEN kind = 'a' THEN 1 ELSE 0 END) AS apprenticeships,
      SUM(CASE WHEN kind = 'a' THEN live ELSE 0 END) AS apprenticeshipsLive,
      SUM(CASE WHEN kind = 'a' THEN offered ELSE 0 END) AS positions,
      SUM(CASE WHEN kind = 'p' THEN 1 ELSE 0 END) AS placements,
      SUM(CASE WHEN kind = 'p' THEN live ELSE 0 END) AS placementsLive,
      SUM(CASE WHEN kind = 'p' THEN offered ELSE 0 END) AS placesOffered,
      SUM(requested) AS placesRequested,
      SUM(accepted) AS placesAccepted
    FROM postings
    GROUP BY grp`;
  return rows.map((row) => ({
    group: (row.grp as string | null) ?? null,
    orgs: num(row.orgs),
    apprenticeships: num(row.apprenticeships),
    apprenticeshipsLive: num(row.apprenticeshipsLive),
    positions: num(row.positions),
    placements: num(row.placements),
    placementsLive: num(row.placementsLive),
    placesOffered: num(row.placesOffered),
    placesRequested: num(row.placesRequested),
    placesAccepted: num(row.placesAccepted),
  }));
}

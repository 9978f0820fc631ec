import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { scoreColumns } from "~/readiness/checks.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import { mayShowGroup } from "~/readiness/peers";

// The "hidden middle" for board members: how many SMEs score low on each
// dimension, by area and by sector, from each SME's latest submitted check.
// Groups smaller than the one minimum (MIN_PEER_GROUP, readiness/peers.ts) are
// never shown, so no single firm's result can be picked out.

export const LOW_SCORE = 50;

export type InsightRow =
  | { group: string; hidden: false; total: number; low: Record<DimensionId, number> }
  | { group: string; hidden: true };

type Raw = { grp: string | null; total: bigint | number } & Record<
  DimensionId,
  bigint | number | null
>;

const grouping = {
  localAuthority: Prisma.sql`o."localAuthority"`,
  sector: Prisma.sql`o."sector"`,
} as const;

// One count per dimension, from the one dimension-to-column map; the threshold is bound.
const lowCounts = Prisma.join(
  dimensionIds.map(
    (id) =>
      Prisma.sql`SUM(CASE WHEN r.${Prisma.raw(`"${scoreColumns[id]}"`)} < ${LOW_SCORE} THEN 1 ELSE 0 END) AS ${Prisma.raw(id)}`,
  ),
  ",\n      ",
);

export async function lowScoresBy(by: keyof typeof grouping): Promise<InsightRow[]> {
  const column = grouping[by];
  const rows = await prisma.$queryRaw<Raw[]>`
    SELECT ${column} AS grp,
      COUNT(*) AS total,
      ${lowCounts}
    FROM "ReadinessCheck" r
    JOIN "Organisation" o ON o."id" = r."organisationId"
    WHERE r."isLatest" = 1 AND r."status" = 'submitted' AND o."kind" = 'sme'
    GROUP BY ${column}
    ORDER BY ${column}`;
  return rows.map((row): InsightRow => {
    const group = row.grp ?? "unknown";
    const total = Number(row.total);
    if (!mayShowGroup(total)) return { group, hidden: true };
    const low = Object.fromEntries(dimensionIds.map((id) => [id, Number(row[id] ?? 0)])) as Record<
      DimensionId,
      number
    >;
    return { group, hidden: false, total, low };
  });
}

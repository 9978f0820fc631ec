import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { scoreColumns } from "~/readiness/checks.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import { lastCompleteWeekEnd, suppressGroups } from "~/insights/disclosure";
import { dateBounds } from "~/insights/filters";

// The "hidden middle" for board members: how many SMEs score low on each
// dimension, by area and by sector, from each SME's latest submitted check.
// Groups smaller than the one minimum (MIN_PEER_GROUP, readiness/peers.ts) are
// never shown, so no single firm's result can be picked out.

export const LOW_SCORE = 50;

export type InsightRow =
  | { group: string; hidden: false; total: number; low: Record<DimensionId, number> }
  /** "small": fewer than MIN_PEER_GROUP firms; "secondary": hidden so a small group cannot be worked out. */
  | { group: string; hidden: true; why: "small" | "secondary" };

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

const storedScores = Prisma.raw(
  Object.values(scoreColumns)
    .map((c) => `c."${c}"`)
    .join(", "),
);

/**
 * Low scores per area or sector from each firm's latest check up to the end of
 * the last complete week, with disclosure control (insights/disclosure.ts,
 * decision 019): the by-area and by-sector tables count the same firms, so one
 * adds up to the other's total, and a single hidden group would be that total
 * minus the rest. The week step stops two days' views being compared.
 */
export async function lowScoresBy(
  by: keyof typeof grouping,
  now = new Date(),
): Promise<InsightRow[]> {
  const column = grouping[by];
  const { end: before } = dateBounds({ to: lastCompleteWeekEnd(now) });
  const rows = await prisma.$queryRaw<Raw[]>`
    WITH latest AS (
      SELECT ${column} AS grp, ${storedScores},
        ROW_NUMBER() OVER (PARTITION BY c."organisationId" ORDER BY c."submittedAt" DESC, c."id" DESC) AS rn
      FROM "ReadinessCheck" c
      JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE c."status" = 'submitted' AND o."kind" = 'sme' AND c."submittedAt" < ${before}
    )
    SELECT grp, COUNT(*) AS total, ${lowCounts}
    FROM latest r
    WHERE rn = 1
    GROUP BY grp
    ORDER BY grp`;
  const plan = suppressGroups(rows.map((row) => Number(row.total)));
  return rows.map((row, i): InsightRow => {
    const group = row.grp ?? "unknown";
    if (plan.total || plan.primary.has(i)) return { group, hidden: true, why: "small" };
    if (plan.secondary.has(i)) return { group, hidden: true, why: "secondary" };
    const low = Object.fromEntries(dimensionIds.map((id) => [id, Number(row[id] ?? 0)])) as Record<
      DimensionId,
      number
    >;
    return { group, hidden: false, total: Number(row.total), low };
  });
}

import { prisma } from "~/db.server";
import { scoreSelect as checkScoreSelect, snapshotFromRow } from "~/readiness/checks.server";
import type { DimensionScores } from "./ranking";

// The mentoring pages read only the results table of the readiness check: the
// SME's newest submitted check (isLatest) is what matching works from.

export const scoreSelect = { id: true, submittedAt: true, ...checkScoreSelect } as const;

/** The six dimension scores of a stored check (missing numbers read as 0). */
export function scoresOf(row: Parameters<typeof snapshotFromRow>[0]): DimensionScores {
  const { overall: _overall, ...dimensions } = snapshotFromRow(row);
  return dimensions;
}

/** The SME's latest submitted check, or null when it has not finished one. */
export function latestCheck(organisationId: string) {
  return prisma.readinessCheck.findFirst({
    where: { organisationId, isLatest: true, status: "submitted" },
    select: scoreSelect,
    orderBy: { submittedAt: "desc" },
  });
}

export type CheckScores = {
  id: string;
  submittedAt: Date | null;
  overall: number | null;
  scores: DimensionScores;
};

export function toCheckScores(
  row: ({ id: string; submittedAt: Date | null } & Parameters<typeof snapshotFromRow>[0]) | null,
): CheckScores | null {
  return row
    ? { id: row.id, submittedAt: row.submittedAt, overall: row.overall, scores: scoresOf(row) }
    : null;
}

import { prisma } from "~/db.server";
import { dimensionIds, type DimensionId } from "~/readiness/dimensions";
import type { DimensionScores } from "./ranking";

// The mentoring pages read only the results table of the readiness check: the
// SME's newest submitted check (isLatest) is what matching works from.

export const scoreSelect = {
  id: true,
  submittedAt: true,
  overall: true,
  scoreStrategy: true,
  scoreReadiness: true,
  scoreWorkforce: true,
  scoreData: true,
  scoreAutomation: true,
  scoreCyber: true,
} as const;

type ScoreRow = {
  scoreStrategy: number | null;
  scoreReadiness: number | null;
  scoreWorkforce: number | null;
  scoreData: number | null;
  scoreAutomation: number | null;
  scoreCyber: number | null;
};

const columns: Record<DimensionId, keyof ScoreRow> = {
  strategy: "scoreStrategy",
  readiness: "scoreReadiness",
  workforce: "scoreWorkforce",
  data: "scoreData",
  automation: "scoreAutomation",
  cyber: "scoreCyber",
};

export function scoresOf(row: ScoreRow): DimensionScores {
  return Object.fromEntries(dimensionIds.map((id) => [id, row[columns[id]] ?? 0])) as DimensionScores;
}

/** The SME's latest submitted check, or null when it has not finished one. */
export function latestCheck(organisationId: string) {
  return prisma.readinessCheck.findFirst({
    where: { organisationId, isLatest: true, status: "submitted" },
    select: scoreSelect,
    orderBy: { submittedAt: "desc" },
  });
}

export type CheckScores = { id: string; submittedAt: Date | null; overall: number | null; scores: DimensionScores };

export function toCheckScores(row: ({ id: string; submittedAt: Date | null; overall: number | null } & ScoreRow) | null): CheckScores | null {
  return row ? { id: row.id, submittedAt: row.submittedAt, overall: row.overall, scores: scoresOf(row) } : null;
}

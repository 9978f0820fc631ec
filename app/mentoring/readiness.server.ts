import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { scoreSelect as checkScoreSelect, snapshotFromRow } from "~/readiness/checks.server";
import type { DimensionScores } from "~/readiness/scoring";

// The mentoring pages read only the results table of the readiness check: the
// SME's newest submitted check (isLatest) is what matching works from.

export const scoreSelect = { id: true, submittedAt: true, ...checkScoreSelect } as const;

/** The six dimension scores of a stored check (missing numbers read as 0). */
export function scoresOf(row: Parameters<typeof snapshotFromRow>[0]): DimensionScores {
  const { overall: _overall, ...dimensions } = snapshotFromRow(row);
  return dimensions;
}

type Nullable<T> = { [K in keyof T]: T[K] | null };
type LatestCheckRow = Prisma.ReadinessCheckGetPayload<{ select: typeof scoreSelect }>;

/**
 * Where the SME is, how it likes to meet, and its latest submitted check (null when it has not
 * finished one): the mentor and offer pages need both on every view, so it is
 * one SQL query rather than two Prisma reads (about half a millisecond each,
 * docs/performance.md). The columns are `scoreSelect`'s; raw rows keep their
 * types (dates, whole numbers).
 */
export async function placeAndLatestCheck(organisationId: string) {
  const columns = Prisma.raw(
    Object.keys(scoreSelect)
      .map((column) => `c."${column}"`)
      .join(", "),
  );
  // With no check, the LEFT JOIN gives nulls in every check column.
  const [row] = await prisma.$queryRaw<
    ({
      organisationLocalAuthority: string | null;
      organisationMeetingFormat: string | null;
    } & Nullable<LatestCheckRow>)[]
  >`
    SELECT o."localAuthority" AS "organisationLocalAuthority", o."meetingFormat" AS "organisationMeetingFormat", ${columns}
    FROM "Organisation" o
    LEFT JOIN "ReadinessCheck" c ON c."id" = (
      SELECT "id" FROM "ReadinessCheck"
      WHERE "organisationId" = o."id" AND "isLatest" = 1 AND "status" = 'submitted'
      ORDER BY "submittedAt" DESC LIMIT 1
    )
    WHERE o."id" = ${organisationId}`;
  if (!row) return { localAuthority: null, meetingFormat: null, check: null };
  const { organisationLocalAuthority, organisationMeetingFormat, ...check } = row;
  return {
    localAuthority: organisationLocalAuthority,
    meetingFormat: organisationMeetingFormat,
    check: check.id === null ? null : (check as LatestCheckRow),
  };
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

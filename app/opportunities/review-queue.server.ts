// The staff review queue: postings sent for checking, apprenticeships and
// placements in one list, paged. Raw SQL because the list is a UNION of two
// tables (Prisma cannot page across both); the Prisma read it replaces is in the
// test beside it (decision 015).
import { pageWindow } from "~/components/pagination";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import type { PostingKind } from "./display";

export const REVIEW_PAGE_SIZE = 50;

export const reviewKinds = ["all", "apprenticeship", "placement"] as const;
export type ReviewKind = (typeof reviewKinds)[number];
export const reviewOrders = ["oldest", "newest"] as const;
export type ReviewOrder = (typeof reviewOrders)[number];

/** A `?kind=` value: "all" unless it names a kind. */
export function reviewKindFrom(raw: string | null): ReviewKind {
  return reviewKinds.find((kind) => kind === raw) ?? "all";
}

/** A `?order=` value: oldest first (who has waited longest) unless "newest". */
export function reviewOrderFrom(raw: string | null): ReviewOrder {
  return raw === "newest" ? "newest" : "oldest";
}

export type ReviewQueueRow = {
  kind: PostingKind;
  id: string;
  title: string;
  organisationName: string;
  /** When it was sent for checking (or made, for a row from before submittedAt was kept). */
  waitingSince: Date;
};

type RawRow = {
  kind: PostingKind;
  id: string;
  title: string;
  organisationName: string;
  submittedAt: Date | string | null;
  createdAt: Date | string;
};

/** How many postings of each kind wait for checking: the same count as the staff dashboard. */
export async function reviewQueueCounts() {
  const [apprenticeship, placement] = await Promise.all([
    prisma.apprenticeship.count({ where: { state: "submitted" } }),
    prisma.placement.count({ where: { state: "submitted" } }),
  ]);
  return { all: apprenticeship + placement, apprenticeship, placement };
}

/**
 * One page of the queue, both kinds sorted together by the time they were sent
 * (ties by id, so paging is stable); a page past the end shows the last page.
 */
export async function reviewQueue(
  options: { kind: ReviewKind; order: ReviewOrder },
  requestedPage: number,
  pageSize = REVIEW_PAGE_SIZE,
) {
  const counts = await reviewQueueCounts();
  const { page, pageCount, total, skip, take } = pageWindow(
    counts[options.kind],
    requestedPage,
    pageSize,
  );
  const apprenticeships = Prisma.sql`
    SELECT 'apprenticeship' AS "kind", a."id", a."title", o."name" AS "organisationName",
      a."submittedAt", a."createdAt"
    FROM "Apprenticeship" a JOIN "Organisation" o ON o."id" = a."organisationId"
    WHERE a."state" = 'submitted'`;
  const placements = Prisma.sql`
    SELECT 'placement' AS "kind", p."id", p."title", o."name" AS "organisationName",
      p."submittedAt", p."createdAt"
    FROM "Placement" p JOIN "Organisation" o ON o."id" = p."organisationId"
    WHERE p."state" = 'submitted'`;
  const union =
    options.kind === "apprenticeship"
      ? apprenticeships
      : options.kind === "placement"
        ? placements
        : Prisma.sql`${apprenticeships} UNION ALL ${placements}`;
  const direction = options.order === "newest" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows =
    total === 0
      ? []
      : await prisma.$queryRaw<RawRow[]>`
    SELECT * FROM (${union})
    ORDER BY COALESCE("submittedAt", "createdAt") ${direction}, "id" ${direction}
    LIMIT ${take} OFFSET ${skip}`;
  return {
    counts,
    total,
    page,
    pageCount,
    rows: rows.map((row): ReviewQueueRow => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      organisationName: row.organisationName,
      waitingSince: new Date(row.submittedAt ?? row.createdAt),
    })),
  };
}

// What the results page reads, in one SQL query: the firm (its name and the
// facts its peer groups use) and all its checks (a firm has a handful; answers
// are left out). Everything else on the page is picked from these, as the
// queries it replaces picked (findResult, findPrevious, readinessSummary, the
// peers' and matching's latest check): each Prisma query costs about half a
// millisecond of engine time and this page made nineteen (docs/performance.md).
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import {
  flaggedLatest,
  newestInProgress,
  newestSubmitted,
  submittedBefore,
} from "~/readiness/check-list";
import { previousOf, resultOf, scoreSelect, summaryOf } from "~/readiness/checks.server";
import { peerFactsOf } from "~/readiness/peer-groups.server";

const checkSelect = {
  id: true,
  status: true,
  bankVersion: true,
  isLatest: true,
  startedAt: true,
  updatedAt: true,
  submittedAt: true,
  // The facts the check was taken with (its peer groups).
  sector: true,
  sizeBand: true,
  localAuthority: true,
  ...scoreSelect,
} as const;
type Check = Prisma.ReadinessCheckGetPayload<{ select: typeof checkSelect }>;
type Nullable<T> = { [K in keyof T]: T[K] | null };
type Row = {
  organisationId: string;
  organisationName: string;
  organisationSector: string | null;
  organisationSizeBand: string | null;
  organisationLocalAuthority: string | null;
  organisationMeetingFormat: string | null;
} & Nullable<Check>;

/** Null when the firm has no submitted check with this id (so another firm's reads as missing). */
export async function resultsPageData(organisationId: string, id: string) {
  const columns = Prisma.raw(
    Object.keys(checkSelect)
      .map((column) => `c."${column}"`)
      .join(", "),
  );
  // Raw rows keep each column's type (dates, booleans, whole numbers).
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o."id" AS "organisationId", o."name" AS "organisationName",
      o."sector" AS "organisationSector", o."sizeBand" AS "organisationSizeBand",
      o."localAuthority" AS "organisationLocalAuthority",
      o."meetingFormat" AS "organisationMeetingFormat", ${columns}
    FROM "Organisation" o
    LEFT JOIN "ReadinessCheck" c ON c."organisationId" = o."id"
    WHERE o."id" = ${organisationId}`;
  const checks = rows.flatMap((row) => {
    const {
      organisationId: _id,
      organisationName: _name,
      organisationSector: _sector,
      organisationSizeBand: _size,
      organisationLocalAuthority: _place,
      organisationMeetingFormat: _format,
      ...check
    } = row;
    return check.id === null ? [] : [check as Check];
  });
  const check = checks.find((c) => c.id === id && c.status === "submitted");
  if (!check) return null;
  const firm = rows[0]!;
  const result = resultOf(check);
  const previous = submittedBefore(checks, result.submittedAt);
  const organisation = {
    id: firm.organisationId,
    name: firm.organisationName,
    sector: firm.organisationSector,
    sizeBand: firm.organisationSizeBand,
    localAuthority: firm.organisationLocalAuthority,
    meetingFormat: firm.organisationMeetingFormat,
  };
  return {
    organisation,
    /** What this result is compared by: the facts its check was taken with. */
    peerFacts: peerFactsOf(organisation, check),
    result,
    previous: previous ? previousOf(previous) : null,
    summary: summaryOf(newestSubmitted(checks), newestInProgress(checks)),
    /** The check flagged latest, with its scores: the peer groups and matching use it. */
    latest: flaggedLatest(checks),
  };
}

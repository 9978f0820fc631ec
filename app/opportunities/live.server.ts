// Whether a posting is live (listed, open to applications and requests) or due
// to close: one definition, read as a Prisma `where` and as SQL. Listings and
// detail pages hide a posting the moment its day comes, whether or not the
// closing job (autoClosePostings) has run yet; the job then tidies its state.
// A posting is live only while its organisation is verified (issue 13): staff
// cannot approve one for an organisation they have not checked, and should a
// check be taken back, this rule hides its postings at once, before any job
// closes them. Schools only ever see employers the partnership has checked.
import type { Prisma } from "~/generated/prisma/client";
import {
  sqlOf,
  whereOf,
  type ApprenticeshipCondition,
  type PlacementCondition,
} from "./conditions.server";
import type { PostingKind } from "./display";
import { startOfUkToday } from "~/time/uk-time";

/**
 * The day that ends a live posting's listing.
 * - An apprenticeship's closing date is the last day to apply: listed until that day is over.
 * - A placement takes requests until the day before it starts: once it has
 *   started an employer cannot take more students (request-state.ts expires
 *   unanswered requests then too). So its start date is its closing date.
 */
const listedUntil = {
  apprenticeship: { column: "closingDate", lastDayListed: true },
  placement: { column: "startDate", lastDayListed: false },
} as const;

type Conditions = { apprenticeship: ApprenticeshipCondition[]; placement: PlacementCondition[] };

function conditions<K extends PostingKind>(kind: K, now: Date, live: boolean): Conditions[K] {
  const { column, lastDayListed } = listedUntil[kind];
  const today = startOfUkToday(now);
  const op = live ? (lastDayListed ? "gte" : "gt") : lastDayListed ? "lt" : "lte";
  return [
    { column: "state", op: "equals", value: "live" },
    { column, op, value: today },
    ...(live ? [{ column: "organisationId", op: "organisationVerified" }] : []),
  ] as Conditions[K];
}

/** A live posting that is still listed at `now`. */
export function liveConditions<K extends PostingKind>(kind: K, now: Date): Conditions[K] {
  return conditions(kind, now, true);
}

/** A posting still marked live whose day has come: the closing job closes these. */
export function dueToCloseConditions<K extends PostingKind>(kind: K, now: Date): Conditions[K] {
  return conditions(kind, now, false);
}

export function liveApprenticeshipWhere(now: Date) {
  return whereOf<Prisma.ApprenticeshipWhereInput>(liveConditions("apprenticeship", now));
}

export function livePlacementWhere(now: Date) {
  return whereOf<Prisma.PlacementWhereInput>(liveConditions("placement", now));
}

/** "Is live" as SQL over the posting table aliased `alias`, for raw queries. */
export function liveSql(kind: PostingKind, now: Date, alias: string) {
  return sqlOf(liveConditions(kind, now), alias);
}

import { prisma } from "~/db.server";
import { dimensionIds, edsAreaIds, type DimensionId, type EdsAreaId } from "~/readiness/dimensions";
import { memoryCache } from "~/memory-cache";
import { isMeetingFormat, type MeetingFormat } from "./options";
import { mentorProfileFields } from "./profiles.server";
import type { MentorCandidate, OfferCandidate } from "./ranking";

// Loading the mentors and offers an SME may see. Only members of a verified
// board firm are ever shown; the lists are small (tens), so tags are filtered here.
// Both lists are kept in memory while the rows behind them are unchanged
// (matchingCandidates below, decision 008).

export const visibleMentorWhere = {
  user: {
    role: "board",
    suspendedAt: null,
    organisation: { kind: "board", verificationStatus: "verified" },
  },
} as const;

export const visibleOfferWhere = {
  state: "published",
  organisation: { kind: "board", verificationStatus: "verified" },
} as const;

export function splitTags<T extends string>(value: string, allowed: readonly T[]): T[] {
  return value
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag): tag is T => (allowed as readonly string[]).includes(tag));
}

export const toDimensions = (value: string): DimensionId[] => splitTags(value, dimensionIds);
export const toEdsAreas = (value: string): EdsAreaId[] => splitTags(value, edsAreaIds);
export const toFormat = (value: string): MeetingFormat =>
  isMeetingFormat(value) ? value : "either";

/** Accepted (active) relationships per mentor profile. */
export async function activeCounts(mentorIds?: string[]) {
  const rows = await prisma.mentoringRequest.groupBy({
    by: ["mentorId"],
    where: { state: "accepted", ...(mentorIds ? { mentorId: { in: mentorIds } } : {}) },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.mentorId, row._count._all]));
}

/** Seats booked per offer. */
export async function bookedSeats(offerIds?: string[]) {
  const rows = await prisma.offerBooking.groupBy({
    by: ["offerId"],
    where: { state: "booked", ...(offerIds ? { offerId: { in: offerIds } } : {}) },
    _sum: { seats: true },
  });
  return new Map(rows.map((row) => [row.offerId, row._sum.seats ?? 0]));
}

export type MentorFilters = {
  dimension?: DimensionId | null;
  format?: MeetingFormat | null;
  localAuthority?: string | null;
};

/** Meeting online suits someone who asked for "online"; "either" suits everyone. */
function formatMatches(format: MeetingFormat, wanted: MeetingFormat | null | undefined) {
  return !wanted || wanted === "either" || format === "either" || format === wanted;
}

export type MentorCard = MentorCandidate & {
  firm: string;
  role: string;
  bio: string;
  userId: string;
  organisationId: string;
};

function mentorMatches(filters: MentorFilters) {
  return (m: MentorCard) =>
    (!filters.dimension ||
      m.expertise.includes(filters.dimension) ||
      (filters.dimension === "workforce" && m.edsAreas.length > 0)) &&
    formatMatches(m.format, filters.format) &&
    (!filters.localAuthority || m.localAuthority === filters.localAuthority);
}

async function readMentors(): Promise<MentorCard[]> {
  const rows = await prisma.mentorProfile.findMany({
    where: visibleMentorWhere,
    select: {
      id: true,
      ...mentorProfileFields,
      user: {
        select: {
          id: true,
          name: true,
          organisationId: true,
          organisation: { select: { name: true, localAuthority: true } },
        },
      },
    },
    take: 500,
  });
  const counts = await activeCounts(rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    userId: row.user.id,
    organisationId: row.user.organisationId,
    name: row.user.name,
    firm: row.user.organisation.name,
    role: row.role,
    bio: row.bio,
    expertise: toDimensions(row.expertise),
    edsAreas: toEdsAreas(row.edsAreas),
    capacity: row.capacity,
    activeCount: counts.get(row.id) ?? 0,
    format: toFormat(row.format),
    localAuthority: row.localAuthority ?? row.user.organisation.localAuthority,
    takingRequests: row.takingRequests,
  }));
}

export type OfferCard = OfferCandidate & {
  firm: string;
  kind: string;
  description: string;
  schedule: string;
  endsAt: Date | null;
  location: string | null;
  organisationId: string;
};

function offerMatches(now: Date, filters: MentorFilters) {
  return (o: OfferCard) =>
    // Finished offers drop off the list; on-demand ones stay.
    (o.endsAt === null || o.endsAt.getTime() >= now.getTime()) &&
    (!filters.dimension || o.dimensions.includes(filters.dimension)) &&
    formatMatches(o.format, filters.format) &&
    (!filters.localAuthority || o.localAuthority === filters.localAuthority);
}

/** An offer's own fields, as its firm fills them in: the lists and the edit page read the same ones. */
export const offerFieldsSelect = {
  id: true,
  title: true,
  description: true,
  kind: true,
  dimensions: true,
  schedule: true,
  startsAt: true,
  endsAt: true,
  format: true,
  location: true,
  localAuthority: true,
  seats: true,
} as const;

async function readOffers(now: Date): Promise<OfferCard[]> {
  const rows = await prisma.offer.findMany({
    // Finished offers drop off the list; on-demand ones stay.
    where: { ...visibleOfferWhere, OR: [{ endsAt: null }, { endsAt: { gte: now } }] },
    select: {
      ...offerFieldsSelect,
      organisationId: true,
      organisation: { select: { name: true, localAuthority: true } },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  const booked = await bookedSeats(rows.map((row) => row.id));
  // visibleOfferWhere keeps only offers of a checked board firm still here.
  return rows
    .flatMap(({ organisation: firm, organisationId, ...row }) =>
      firm && organisationId ? [{ ...row, firm, organisationId }] : [],
    )
    .map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      kind: row.kind,
      firm: row.firm.name,
      organisationId: row.organisationId,
      dimensions: toDimensions(row.dimensions),
      schedule: row.schedule,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      format: toFormat(row.format),
      location: row.location,
      localAuthority:
        row.localAuthority ?? (row.format === "online" ? null : row.firm.localAuthority),
      seats: row.seats,
      seatsBooked: booked.get(row.id) ?? 0,
    }));
}

/**
 * The data version of the candidates: a counter that triggers on mentor
 * profiles, offers, bookings, accepted relationships, board members and board
 * firms bump on every change (migration 20261122120829_data_versions). One
 * primary-key read; null if the row is missing, and then nothing is kept.
 */
async function matchingVersion(): Promise<number | null> {
  const [row] = await prisma.$queryRaw<{ version: number | bigint }[]>`
    SELECT "version" FROM "DataVersion" WHERE "name" = 'matching'`;
  return row ? Number(row.version) : null;
}

export type MatchingCandidates = { mentors: MentorCard[]; offers: OfferCard[] };

/**
 * Every visible mentor and offer, with active relationships and booked seats:
 * seven Prisma queries, so kept in memory and built again when the data
 * version moves (any write, by anyone), when an offer in the list ends, or
 * after a minute at most. The cards are shared between requests: never change them.
 */
const candidates = memoryCache<MatchingCandidates>({
  ttlMs: 60_000,
  // An offer that ends may let another into the first 500, so read them again then.
  expiresAt: ({ offers }) =>
    Math.min(Infinity, ...offers.flatMap((o) => (o.endsAt ? [o.endsAt.getTime() + 1] : []))),
});

async function readCandidates(now: Date): Promise<MatchingCandidates> {
  const [mentors, offers] = await Promise.all([readMentors(), readOffers(now)]);
  return { mentors, offers };
}

export async function matchingCandidates(now = new Date()): Promise<MatchingCandidates> {
  return candidates.get("all", await matchingVersion(), now, readCandidates);
}

/** Visible mentors matching the filters, as the cards of `matchingCandidates`. */
export function filterMentors(all: MentorCard[], filters: MentorFilters = {}): MentorCard[] {
  return all.filter(mentorMatches(filters));
}

/** Offers not yet finished at `now` that match the filters. */
export function filterOffers(
  all: OfferCard[],
  now: Date,
  filters: MentorFilters = {},
): OfferCard[] {
  return all.filter(offerMatches(now, filters));
}

export async function loadMentors(filters: MentorFilters = {}): Promise<MentorCard[]> {
  return filterMentors((await matchingCandidates()).mentors, filters);
}

export async function loadOffers(now: Date, filters: MentorFilters = {}): Promise<OfferCard[]> {
  return filterOffers((await matchingCandidates(now)).offers, now, filters);
}

import { prisma } from "~/db.server";
import { dimensionIds, edsAreaIds, type DimensionId, type EdsAreaId } from "~/readiness/dimensions";
import { meetingFormats, type MeetingFormat } from "./options";
import type { MentorCandidate, OfferCandidate } from "./ranking";

// Loading the mentors and offers an SME may see. Only members of a verified
// board firm are ever shown; the lists are small (tens), so tags are filtered here.

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
  (meetingFormats as readonly string[]).includes(value) ? (value as MeetingFormat) : "either";

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

export async function loadMentors(filters: MentorFilters = {}): Promise<MentorCard[]> {
  const rows = await prisma.mentorProfile.findMany({
    where: visibleMentorWhere,
    select: {
      id: true,
      role: true,
      bio: true,
      expertise: true,
      edsAreas: true,
      capacity: true,
      format: true,
      localAuthority: true,
      takingRequests: true,
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
  return rows
    .map((row) => ({
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
    }))
    .filter(
      (m) =>
        (!filters.dimension ||
          m.expertise.includes(filters.dimension) ||
          (filters.dimension === "workforce" && m.edsAreas.length > 0)) &&
        formatMatches(m.format, filters.format) &&
        (!filters.localAuthority || m.localAuthority === filters.localAuthority),
    );
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

export async function loadOffers(now: Date, filters: MentorFilters = {}): Promise<OfferCard[]> {
  const rows = await prisma.offer.findMany({
    // Finished offers drop off the list; on-demand ones stay.
    where: { ...visibleOfferWhere, OR: [{ endsAt: null }, { endsAt: { gte: now } }] },
    select: {
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
      organisationId: true,
      organisation: { select: { name: true, localAuthority: true } },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  const booked = await bookedSeats(rows.map((row) => row.id));
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      kind: row.kind,
      firm: row.organisation.name,
      organisationId: row.organisationId,
      dimensions: toDimensions(row.dimensions),
      schedule: row.schedule,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      format: toFormat(row.format),
      location: row.location,
      localAuthority:
        row.localAuthority ?? (row.format === "online" ? null : row.organisation.localAuthority),
      seats: row.seats,
      seatsBooked: booked.get(row.id) ?? 0,
    }))
    .filter(
      (o) =>
        (!filters.dimension || o.dimensions.includes(filters.dimension)) &&
        formatMatches(o.format, filters.format) &&
        (!filters.localAuthority || o.localAuthority === filters.localAuthority),
    );
}

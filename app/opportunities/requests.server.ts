// A school's requests for placement places, on the database. Capacity is the
// one rule that depends on other rows: accepting re-reads the places already
// accepted and writes inside one transaction, and SQLite runs write
// transactions one at a time, so simultaneous accepts can never overfill a
// placement.
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { notVerifiedMessage, placesText } from "./display";
import { livePlacementWhere } from "./live.server";
import { dateToDay, startOfToday } from "./records";
import {
  canAccept,
  canRecordOutcome,
  isRequestState,
  shouldExpireRequest,
  transitionRequest,
  type RequestState,
} from "./request-state";
import type { PlacementRequestValues } from "./schemas";

type Refused = { ok: false; reason: string };

function stateOf(value: string): RequestState {
  return isRequestState(value) ? value : "new";
}

/**
 * The state to show: an unanswered request whose placement has closed or
 * started is expired, even before the housekeeping job has marked it.
 */
export function effectiveRequestState(
  state: string,
  placement: { state: string; startDate: Date },
  now: Date,
): RequestState {
  const current = stateOf(state);
  const closed = placement.state === "closed" || placement.state === "archived";
  return shouldExpireRequest(current, { closed, startDate: dateToDay(placement.startDate) }, now)
    ? "expired"
    : current;
}

export async function acceptedPlaces(
  placementId: string,
  db: Pick<typeof prisma, "placementRequest"> = prisma,
) {
  const sum = await db.placementRequest.aggregate({
    where: { placementId, state: "accepted" },
    _sum: { placesAccepted: true },
  });
  return sum._sum.placesAccepted ?? 0;
}

export { notVerifiedMessage };

/** A verified school asks for places on a live placement. No student details are stored. */
export async function createPlacementRequest(
  school: { userId: string; organisationId: string; verified: boolean },
  placementId: string,
  values: PlacementRequestValues,
  now: Date,
): Promise<
  { ok: true; id: string; placement: { title: string; organisationId: string } } | Refused | null
> {
  const placement = await prisma.placement.findFirst({
    where: { id: placementId, ...livePlacementWhere(now) },
    select: { title: true, organisationId: true, places: true },
  });
  if (!placement) return null;
  if (!school.verified) return { ok: false, reason: notVerifiedMessage };
  const created = await prisma.placementRequest.create({
    data: {
      placementId,
      schoolOrgId: school.organisationId,
      requestedById: school.userId,
      places: values.places,
      yearGroup: values.yearGroup,
      accessNeeds: values.accessNeeds ?? "",
      note: values.note ?? "",
      createdAt: now,
    },
    select: { id: true },
  });
  return {
    ok: true,
    id: created.id,
    placement: { title: placement.title, organisationId: placement.organisationId },
  };
}

/** The employer opened the request: new → viewed. Does nothing otherwise. */
export async function markRequestViewed(requestId: string, employerOrgId: string, now: Date) {
  const { count } = await prisma.placementRequest.updateMany({
    where: { id: requestId, state: "new", placement: { organisationId: employerOrgId } },
    data: { state: "viewed", viewedAt: now },
  });
  return count > 0;
}

type Answered = { ok: true; schoolOrgId: string; placementTitle: string; placementId: string };

/**
 * The employer accepts some or all of the places asked for. The check of
 * places left and the write happen in one transaction.
 */
export async function acceptRequest(
  requestId: string,
  employerOrgId: string,
  placesAccepted: number,
  now: Date,
): Promise<(Answered & { placesAccepted: number }) | Refused | null> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.placementRequest.findFirst({
      where: { id: requestId, placement: { organisationId: employerOrgId } },
      select: {
        state: true,
        places: true,
        schoolOrgId: true,
        placementId: true,
        placement: { select: { title: true, places: true, state: true, startDate: true } },
      },
    });
    if (!request) return null;
    const state = effectiveRequestState(request.state, request.placement, now);
    const move = transitionRequest(state, {
      type: "accept",
      placesAccepted,
      placesRequested: request.places,
    });
    if (!move.ok) return { ok: false as const, reason: move.reason };
    const taken = await acceptedPlaces(request.placementId, tx);
    const room = canAccept(request.placement.places, taken, placesAccepted);
    if (!room.ok) return { ok: false as const, reason: room.reason };
    const { count } = await tx.placementRequest.updateMany({
      where: { id: requestId, state: { in: ["new", "viewed"] } },
      data: { state: "accepted", placesAccepted, answeredAt: now },
    });
    if (count === 0)
      return { ok: false as const, reason: "This request has already been answered." };
    return {
      ok: true as const,
      schoolOrgId: request.schoolOrgId,
      placementTitle: request.placement.title,
      placementId: request.placementId,
      placesAccepted,
    };
  });
}

export async function declineRequest(
  requestId: string,
  employerOrgId: string,
  reason: string,
  now: Date,
): Promise<Answered | Refused | null> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.placementRequest.findFirst({
      where: { id: requestId, placement: { organisationId: employerOrgId } },
      select: {
        state: true,
        schoolOrgId: true,
        placementId: true,
        placement: { select: { title: true, state: true, startDate: true } },
      },
    });
    if (!request) return null;
    const move = transitionRequest(effectiveRequestState(request.state, request.placement, now), {
      type: "decline",
      reason,
    });
    if (!move.ok) return { ok: false as const, reason: move.reason };
    const { count } = await tx.placementRequest.updateMany({
      where: { id: requestId, state: { in: ["new", "viewed"] } },
      data: { state: "declined", declineReason: reason, answeredAt: now },
    });
    if (count === 0)
      return { ok: false as const, reason: "This request has already been answered." };
    return {
      ok: true as const,
      schoolOrgId: request.schoolOrgId,
      placementTitle: request.placement.title,
      placementId: request.placementId,
    };
  });
}

/** The school changes its mind, before the placement starts. Accepted places are freed. */
export async function withdrawRequest(
  requestId: string,
  schoolOrgId: string,
  now: Date,
): Promise<{ ok: true; employerOrgId: string; placementTitle: string } | Refused | null> {
  return prisma.$transaction(async (tx) => {
    const request = await tx.placementRequest.findFirst({
      where: { id: requestId, schoolOrgId },
      select: {
        state: true,
        placement: { select: { title: true, organisationId: true, state: true, startDate: true } },
      },
    });
    if (!request) return null;
    const move = transitionRequest(effectiveRequestState(request.state, request.placement, now), {
      type: "withdraw",
      placementStartDate: dateToDay(request.placement.startDate),
      today: now,
    });
    if (!move.ok) return { ok: false as const, reason: move.reason };
    await tx.placementRequest.updateMany({
      where: { id: requestId, state: request.state },
      data: { state: "withdrawn", withdrawnAt: now },
    });
    return {
      ok: true as const,
      employerOrgId: request.placement.organisationId,
      placementTitle: request.placement.title,
    };
  });
}

/**
 * The housekeeping job: unanswered requests whose placement closed or started
 * expire, and the school and the employer are told, in the app and by email.
 */
export async function expireRequests(now: Date): Promise<number> {
  const lapsed = await prisma.placementRequest.findMany({
    where: {
      state: { in: ["new", "viewed"] },
      placement: {
        OR: [{ state: { in: ["closed", "archived"] } }, { startDate: { lte: startOfToday(now) } }],
      },
    },
    select: {
      id: true,
      state: true,
      schoolOrgId: true,
      school: { select: { name: true } },
      placement: { select: { title: true, organisationId: true } },
    },
    take: 500,
  });
  let done = 0;
  for (const request of lapsed) {
    const { count } = await prisma.placementRequest.updateMany({
      where: { id: request.id, state: request.state },
      data: { state: "expired" },
    });
    if (count === 0) continue;
    done += 1;
    const link = `/requests/${request.id}`;
    await notifyOrganisation({
      organisationId: request.schoolOrgId,
      subject: "Your request for places has expired",
      message: `Your request for places on "${request.placement.title}" has expired, as the placement closed or started before the employer answered.`,
      link,
    });
    await notifyOrganisation({
      organisationId: request.placement.organisationId,
      subject: "A request for places has expired",
      message: `The request from ${request.school.name} for places on "${request.placement.title}" has expired, as the placement closed or started before it was answered.`,
      link,
    });
  }
  return done;
}

export type Outcome = { attended: number; feedback?: string; wouldHostAgain?: boolean };

/** After the placement, each side records how many came and a short comment. */
export async function recordOutcome(
  requestId: string,
  side: { kind: "school" | "employer"; organisationId: string },
  outcome: Outcome,
  now: Date,
): Promise<{ ok: true; otherOrgId: string; placementTitle: string } | Refused | null> {
  const request = await prisma.placementRequest.findFirst({
    where:
      side.kind === "school"
        ? { id: requestId, schoolOrgId: side.organisationId }
        : { id: requestId, placement: { organisationId: side.organisationId } },
    select: {
      state: true,
      placesAccepted: true,
      schoolOrgId: true,
      placement: { select: { title: true, organisationId: true, endDate: true } },
    },
  });
  if (!request) return null;
  if (!canRecordOutcome(stateOf(request.state), dateToDay(request.placement.endDate), now)) {
    return {
      ok: false,
      reason: "You can record attendance once an accepted placement has finished.",
    };
  }
  if (outcome.attended > request.placesAccepted) {
    return {
      ok: false,
      reason: `Only ${placesText(request.placesAccepted)} ${request.placesAccepted === 1 ? "was" : "were"} accepted, so no more students than that can have come.`,
    };
  }
  await prisma.placementRequest.update({
    where: { id: requestId },
    data:
      side.kind === "school"
        ? { schoolAttended: outcome.attended, schoolFeedback: outcome.feedback ?? "" }
        : {
            employerAttended: outcome.attended,
            employerFeedback: outcome.feedback ?? "",
            wouldHostAgain: outcome.wouldHostAgain ?? null,
          },
  });
  return {
    ok: true,
    otherOrgId: side.kind === "school" ? request.placement.organisationId : request.schoolOrgId,
    placementTitle: request.placement.title,
  };
}

// A school's requests for placement places, on the database. Capacity is the
// one rule that depends on other rows: accepting re-reads the places already
// accepted and writes inside one transaction, and SQLite runs write
// transactions one at a time, so simultaneous accepts can never overfill a
// placement.
import { employerNameOf, schoolNameOf } from "./former";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { dateToDay, startOfUkToday } from "~/time/uk-time";
import {
  contactsOf,
  employerContactLines,
  requestContactSelect,
  schoolContactLines,
} from "./contact.server";
import { notVerifiedMessage, placesText } from "./display";
import { livePlacementWhere } from "./live.server";
import {
  canAccept,
  canRecordOutcome,
  requestStateOf,
  shouldExpireRequest,
  transitionRequest,
  type RequestState,
} from "./request-state";
import { sendPlacementInvites } from "./placement-invites.server";
import type { PlacementRequestValues } from "./schemas";

/**
 * The state to show: an unanswered request whose placement has closed or
 * started is expired, even before the housekeeping job has marked it.
 */
export function effectiveRequestState(
  state: RequestState,
  placement: { state: string; startDate: Date },
  now: Date,
): RequestState {
  const closed = placement.state === "closed" || placement.state === "archived";
  return shouldExpireRequest(state, { closed, startDate: dateToDay(placement.startDate) }, now)
    ? "expired"
    : state;
}

/** A request as a line in a list of requests (the employer's posting page, both sides' request lists). */
export const requestRowSelect = {
  id: true,
  places: true,
  placesAccepted: true,
  yearGroup: true,
  state: true,
  createdAt: true,
  school: { select: { name: true } },
} as const;

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

/** Both sides' contact details for a request just accepted (the acceptance emails). */
async function acceptedContacts(requestId: string) {
  const row = await prisma.placementRequest.findUnique({
    where: { id: requestId },
    select: requestContactSelect,
  });
  return row ? contactsOf(row) : null;
}

/** A verified school asks for places on a live placement, and the employer is told. No student details are stored. */
export async function createPlacementRequest(
  school: { userId: string; organisationId: string; organisationName: string; verified: boolean },
  placementId: string,
  values: Omit<PlacementRequestValues, "contactPhone"> & { contactPhone?: string | null },
  now: Date,
): Promise<CommandResult<{ id: string }>> {
  const placement = await prisma.placement.findFirst({
    where: { id: placementId, ...livePlacementWhere(now) },
    select: { title: true, organisationId: true, places: true },
  });
  if (!placement) return notFound();
  if (!school.verified) return refused(notVerifiedMessage);
  const created = await prisma.placementRequest.create({
    data: {
      placementId,
      schoolOrgId: school.organisationId,
      requestedById: school.userId,
      places: values.places,
      yearGroup: values.yearGroup,
      accessNeeds: values.accessNeeds ?? "",
      note: values.note ?? "",
      contactPhone: values.contactPhone ?? "",
      createdAt: now,
    },
    select: { id: true },
  });
  await notifyAboutRequest(
    created.id,
    placement.organisationId,
    "A school has asked for placement places",
    `${school.organisationName} asked for ${placesText(values.places)} on "${placement.title}".`,
  );
  return done({ id: created.id });
}

/** The employer opened the request: new → viewed. Does nothing otherwise. */
export async function markRequestViewed(requestId: string, employerOrgId: string, now: Date) {
  const { count } = await prisma.placementRequest.updateMany({
    where: { ...employersRequest(requestId, employerOrgId), state: "new" },
    data: { state: "viewed", viewedAt: now },
  });
  return count > 0;
}

const alreadyAnswered = "This request has already been answered.";

/** Where both sides see a request; every notice about it links there. */
export function requestPage(requestId: string) {
  return `/requests/${requestId}`;
}

/** A request the employer may act on: one for a placement it posted. */
function employersRequest(requestId: string, employerOrgId: string) {
  return { id: requestId, placement: { organisationId: employerOrgId } };
}

/** One side is told about a change to a request, with a link to it. */
/** A side that has left SkillsBridge (null) is told nothing. */
async function notifyAboutRequest(
  requestId: string,
  organisationId: string | null,
  subject: string,
  message: string,
  emailDetails?: string[],
) {
  if (!organisationId) return;
  await notifyOrganisation({
    organisationId,
    subject,
    message,
    link: requestPage(requestId),
    emailDetails,
  });
}

/** What a school still waiting is told when the last places go to other requests. */
export function placementFullMessage(employer: string, title: string) {
  return `${employer} has now given all the places on "${title}" to other schools. Your request stays open in case a place comes free, or you can withdraw it.`;
}

// The notices are sent once the change is written (never for a change that
// was refused or rolled back, and never while holding SQLite's write lock).

type Answer = { type: "accept"; placesAccepted: number } | { type: "decline"; reason: string };

/**
 * The employer answers an unanswered request, and the school is told. The
 * check of places left and the write happen in one transaction, and the write
 * lands only while the request is still unanswered.
 */
async function answerRequest(
  requestId: string,
  employerOrgId: string,
  answer: Answer,
  now: Date,
): Promise<CommandResult> {
  const result = await prisma.$transaction(async (tx) => {
    const request = await tx.placementRequest.findFirst({
      where: employersRequest(requestId, employerOrgId),
      select: {
        state: true,
        places: true,
        schoolOrgId: true,
        placementId: true,
        placement: {
          select: {
            title: true,
            places: true,
            state: true,
            startDate: true,
            organisation: { select: { name: true } },
          },
        },
      },
    });
    if (!request) return notFound();
    const move = transitionRequest(
      effectiveRequestState(request.state, request.placement, now),
      answer.type === "accept"
        ? { type: "accept", placesAccepted: answer.placesAccepted, placesRequested: request.places }
        : { type: "decline", reason: answer.reason },
    );
    if (!move.ok) return refused(move.reason);
    let placesLeft: number | null = null;
    if (answer.type === "accept") {
      const taken = await acceptedPlaces(request.placementId, tx);
      const room = canAccept(request.placement.places, taken, answer.placesAccepted);
      if (!room.ok) return refused(room.reason);
      placesLeft = room.placesLeft;
    }
    const { count } = await tx.placementRequest.updateMany({
      where: { id: requestId, state: { in: ["new", "viewed"] } },
      data:
        answer.type === "accept"
          ? { state: "accepted", placesAccepted: answer.placesAccepted, answeredAt: now }
          : { state: "declined", declineReason: answer.reason, answeredAt: now },
    });
    if (count === 0) return refused(alreadyAnswered);
    // This accept took the last places: the requests still waiting cannot be
    // accepted now, so their schools are told rather than left waiting.
    const stillWaiting =
      placesLeft === 0
        ? await tx.placementRequest.findMany({
            where: { placementId: request.placementId, state: { in: ["new", "viewed"] } },
            select: { id: true, schoolOrgId: true },
          })
        : [];
    return done({ ...request, stillWaiting });
  });
  if (result.status !== "done") return result;
  const { schoolOrgId, placement, stillWaiting } = result.value;
  for (const waiting of stillWaiting) {
    await notifyAboutRequest(
      waiting.id,
      waiting.schoolOrgId,
      `"${placement.title}" is full`,
      placementFullMessage(employerNameOf(placement.organisation), placement.title),
    );
  }
  const from = employerNameOf(placement.organisation);
  if (answer.type === "decline") {
    await notifyAboutRequest(
      requestId,
      schoolOrgId,
      "Your placement request was declined",
      `${from} could not take your students on "${placement.title}": ${answer.reason}`,
    );
    return done();
  }
  // Each side's acceptance email carries the other's contact details (the
  // in-app notices do not: they outlive the time the details may be seen).
  const contacts = await acceptedContacts(requestId);
  await notifyAboutRequest(
    requestId,
    schoolOrgId,
    "Your placement request was accepted",
    `${from} accepted ${placesText(answer.placesAccepted)} on "${placement.title}".`,
    contacts ? employerContactLines(contacts.employer) : undefined,
  );
  // The employer made the change, so it gets the school's details by email only.
  await notifyOrganisation({
    organisationId: employerOrgId,
    subject: "You accepted a placement request",
    message: `You accepted ${placesText(answer.placesAccepted)} on "${placement.title}" for ${contacts?.school.organisation ?? "the school"}.`,
    link: requestPage(requestId),
    emailDetails: contacts ? schoolContactLines(contacts.school) : undefined,
    only: "email",
  });
  // Both sides get the placement in their calendars (issue 18).
  if (answer.type === "accept") await sendPlacementInvites(requestId);
  return done();
}

/** The employer accepts some or all of the places asked for, and the school is told. */
export async function acceptRequest(
  requestId: string,
  employerOrgId: string,
  placesAccepted: number,
  now: Date,
): Promise<CommandResult<{ placesAccepted: number }>> {
  const result = await answerRequest(
    requestId,
    employerOrgId,
    { type: "accept", placesAccepted },
    now,
  );
  return result.status === "done" ? done({ placesAccepted }) : result;
}

/** The employer declines, with a reason the school is told. */
export function declineRequest(
  requestId: string,
  employerOrgId: string,
  reason: string,
  now: Date,
): Promise<CommandResult> {
  return answerRequest(requestId, employerOrgId, { type: "decline", reason }, now);
}

/** The school changes its mind, before the placement starts, and the employer is told. Accepted places are freed. */
export async function withdrawRequest(
  requestId: string,
  schoolOrgId: string,
  now: Date,
): Promise<CommandResult> {
  const result = await prisma.$transaction(async (tx) => {
    const request = await tx.placementRequest.findFirst({
      where: { id: requestId, schoolOrgId },
      select: {
        state: true,
        school: { select: { name: true } },
        placement: { select: { title: true, organisationId: true, state: true, startDate: true } },
      },
    });
    if (!request) return notFound();
    const move = transitionRequest(effectiveRequestState(request.state, request.placement, now), {
      type: "withdraw",
      placementStartDate: dateToDay(request.placement.startDate),
      today: now,
    });
    if (!move.ok) return refused(move.reason);
    const { count } = await tx.placementRequest.updateMany({
      where: { id: requestId, state: request.state },
      data: { state: "withdrawn", withdrawnAt: now },
    });
    if (count === 0)
      return refused("This request changed while you were looking at it. Check it again.");
    return done(request);
  });
  if (result.status !== "done") return result;
  const { school, placement } = result.value;
  await notifyAboutRequest(
    requestId,
    placement.organisationId,
    "A school withdrew its placement request",
    `${schoolNameOf(school)} withdrew its request for "${placement.title}".`,
  );
  return done();
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
        OR: [
          { state: { in: ["closed", "archived"] } },
          { startDate: { lte: startOfUkToday(now) } },
        ],
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
    await notifyAboutRequest(
      request.id,
      request.schoolOrgId,
      "Your request for places has expired",
      `Your request for places on "${request.placement.title}" has expired, as the placement closed or started before the employer answered.`,
    );
    await notifyAboutRequest(
      request.id,
      request.placement.organisationId,
      "A request for places has expired",
      `The request from ${schoolNameOf(request.school)} for places on "${request.placement.title}" has expired, as the placement closed or started before it was answered.`,
    );
  }
  return done;
}

export type Outcome = { attended: number; feedback?: string | null; wouldHostAgain?: boolean };

/**
 * After the placement, each side records how many came and a short comment,
 * and the other side is asked to add theirs.
 */
export async function recordOutcome(
  requestId: string,
  side: { kind: "school" | "employer"; organisationId: string },
  outcome: Outcome,
  now: Date,
): Promise<CommandResult> {
  const request = await prisma.placementRequest.findFirst({
    where:
      side.kind === "school"
        ? { id: requestId, schoolOrgId: side.organisationId }
        : employersRequest(requestId, side.organisationId),
    select: {
      state: true,
      placesAccepted: true,
      schoolOrgId: true,
      school: { select: { name: true } },
      placement: {
        select: {
          title: true,
          organisationId: true,
          endDate: true,
          organisation: { select: { name: true } },
        },
      },
    },
  });
  if (!request) return notFound();
  if (!canRecordOutcome(requestStateOf(request.state), dateToDay(request.placement.endDate), now)) {
    return refused("You can record attendance once an accepted placement has finished.");
  }
  if (outcome.attended > request.placesAccepted) {
    return refused(
      `Only ${placesText(request.placesAccepted)} ${request.placesAccepted === 1 ? "was" : "were"} accepted, so no more students than that can have come.`,
    );
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
  const from =
    side.kind === "school"
      ? schoolNameOf(request.school)
      : employerNameOf(request.placement.organisation);
  await notifyAboutRequest(
    requestId,
    side.kind === "school" ? request.placement.organisationId : request.schoolOrgId,
    `The ${side.kind} has said how the placement went`,
    `${from} has recorded how many students came to "${request.placement.title}" and left feedback. You can add yours too.`,
  );
  return done();
}

// The counts behind "what waits for you" on each home page. Each count is the
// same rule as the list it links to; ownership is in every where.
import type { SessionUser } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { staffWaitingCounts } from "~/insights/overview.server";
import { openConcernCount } from "~/opportunities/concerns.server";
import { liveCutoff } from "~/mentoring/requests.server";
import { addDays, dayToDate, ukDay } from "~/time/uk-time";
import {
  isFillingUp,
  nextStepWhenClear,
  waitingLines,
  type NextStep,
  type WaitingCounts,
  type WaitingLine,
} from "./waiting";

const DAY_MS = 86_400_000;
/** A mentoring relationship with no session for this long has one to log. */
export const SESSION_GAP_DAYS = 28;
/** An employer's answer counts as new to the school for this long. */
export const ANSWER_NEW_DAYS = 14;

const closedStates = ["closed", "archived"];

async function smeCounts(organisationId: string, now: Date): Promise<WaitingCounts["sme"]> {
  const today = dayToDate(ukDay(now));
  const gapStart = new Date(now.getTime() - SESSION_GAP_DAYS * DAY_MS);
  const [schoolRequests, attendanceToRecord, mentoringToLog] = await Promise.all([
    // Unanswered, and not yet expired: the placement is open and has not started.
    prisma.placementRequest.count({
      where: {
        state: { in: ["new", "viewed"] },
        placement: { organisationId, state: { notIn: closedStates }, startDate: { gt: today } },
      },
    }),
    // Accepted places on a placement that is over, with no attendance from the employer.
    prisma.placementRequest.count({
      where: {
        state: "accepted",
        employerAttended: null,
        placement: { organisationId, endDate: { lt: today } },
      },
    }),
    prisma.mentoringRequest.count({
      where: {
        smeOrgId: organisationId,
        state: "accepted",
        answeredAt: { lte: gapStart },
        sessions: { none: { date: { gte: dayToDate(addDays(ukDay(now), -SESSION_GAP_DAYS)) } } },
      },
    }),
  ]);
  return { schoolRequests, attendanceToRecord, mentoringToLog };
}

async function schoolCounts(schoolOrgId: string, now: Date): Promise<WaitingCounts["school"]> {
  const today = dayToDate(ukDay(now));
  const [answersReceived, placementsComingUp, feedbackToGive] = await Promise.all([
    prisma.placementRequest.count({
      where: {
        schoolOrgId,
        state: { in: ["accepted", "declined"] },
        answeredAt: { gte: new Date(now.getTime() - ANSWER_NEW_DAYS * DAY_MS) },
      },
    }),
    prisma.placementRequest.count({
      where: { schoolOrgId, state: "accepted", placement: { startDate: { gte: today } } },
    }),
    prisma.placementRequest.count({
      where: {
        schoolOrgId,
        state: "accepted",
        schoolAttended: null,
        placement: { endDate: { lt: today } },
      },
    }),
  ]);
  return { answersReceived, placementsComingUp, feedbackToGive };
}

async function boardCounts(
  user: Pick<SessionUser, "id" | "organisationId">,
  now: Date,
): Promise<WaitingCounts["board"]> {
  const [mentoringRequests, offers] = await Promise.all([
    prisma.mentoringRequest.count({
      where: { mentor: { userId: user.id }, state: "pending", createdAt: { gt: liveCutoff(now) } },
    }),
    prisma.offer.findMany({
      where: { organisationId: user.organisationId, state: "published", startsAt: { gt: now } },
      select: { seats: true, bookings: { where: { state: "booked" }, select: { seats: true } } },
      take: 200,
    }),
  ]);
  const offersFillingUp = offers.filter((offer) =>
    isFillingUp(
      offer.seats,
      offer.bookings.reduce((sum, booking) => sum + booking.seats, 0),
    ),
  ).length;
  // Issue 18 part 4 (scheduled mentoring sessions) adds "sessions coming up" here.
  return { mentoringRequests, offersFillingUp };
}

async function staffCounts(): Promise<WaitingCounts["staff"]> {
  const [waiting, concernsOpen] = await Promise.all([staffWaitingCounts(), openConcernCount()]);
  return {
    postingsToReview: waiting.postings,
    organisationsToVerify: waiting.organisations,
    concernsOpen,
  };
}

type Person = Pick<SessionUser, "id" | "organisationId" | "role">;

export type Waiting = { lines: WaitingLine[]; nextStep: NextStep | null };

/** What waits for this person, or the next step when nothing does. */
export async function waitingFor(user: Person, now = new Date()): Promise<Waiting> {
  const found = await (async () => {
    switch (user.role) {
      case "sme":
        return waitingLines("sme", await smeCounts(user.organisationId, now));
      case "school":
        return waitingLines("school", await schoolCounts(user.organisationId, now));
      case "board":
        return waitingLines("board", await boardCounts(user, now));
      case "staff":
        return waitingLines("staff", await staffCounts());
    }
  })();
  return { lines: found, nextStep: found.length === 0 ? nextStepWhenClear[user.role] : null };
}

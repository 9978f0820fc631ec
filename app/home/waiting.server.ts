// The counts behind "what waits for you" on each home page. Each count is the
// same rule as the list it links to; ownership is in every where.
import type { SessionUser } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { staffWaitingCounts } from "~/insights/overview.server";
import { openConcernCount } from "~/opportunities/concerns.server";
import { liveCutoff, relationshipPath } from "~/mentoring/requests.server";
import { addDays, dayToDate, ukDay } from "~/time/uk-time";
import {
  isFillingUp,
  nextStepWhenClear,
  waitingLines,
  type Count,
  type NextStep,
  type WaitingCounts,
  type WaitingLine,
} from "./waiting";

const DAY_MS = 86_400_000;
/** A mentoring relationship with no session for this long has one to log. */
export const SESSION_GAP_DAYS = 28;
/** An employer's answer counts as new to the school for this long. */
export const ANSWER_NEW_DAYS = 14;

/** A planned mentoring session counts as coming up for this long ahead. */
export const SESSION_AHEAD_DAYS = 7;

const closedStates = ["closed", "archived"];

/** A count, sent to the one record's page when every counted row is on one record. */
function countOn(rows: { on: string; count: number }[], pathOf: (id: string) => string): Count {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows.length === 1 && rows[0] ? { count: total, href: pathOf(rows[0].on) } : total;
}

/** New applications (sent, not yet looked at) on the firm's vacancies, by vacancy. */
async function newApplications(organisationId: string): Promise<Count> {
  const groups = await prisma.application.groupBy({
    by: ["apprenticeshipId"],
    where: { state: "new", apprenticeship: { organisationId } },
    _count: { _all: true },
  });
  return countOn(
    groups.map((g) => ({ on: g.apprenticeshipId, count: g._count._all })),
    (id) => `/postings/apprenticeships/${id}/applications?state=new`,
  );
}

async function smeCounts(organisationId: string, now: Date): Promise<WaitingCounts["sme"]> {
  const today = dayToDate(ukDay(now));
  const gapStart = new Date(now.getTime() - SESSION_GAP_DAYS * DAY_MS);
  const [schoolRequests, applications, attendanceToRecord, mentoringToLog, actionsDue] =
    await Promise.all([
      // Unanswered, and not yet expired: the placement is open and has not started.
      prisma.placementRequest.count({
        where: {
          state: { in: ["new", "viewed"] },
          placement: { organisationId, state: { notIn: closedStates }, startDate: { gt: today } },
        },
      }),
      newApplications(organisationId),
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
      // The action plan (issue 17): not done, and due today or before (due days are stored days).
      prisma.actionItem.count({
        where: { organisationId, status: { not: "done" }, dueOn: { lte: today } },
      }),
    ]);
  return {
    schoolRequests,
    newApplications: applications,
    attendanceToRecord,
    mentoringToLog,
    actionsDue,
  };
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
  const [mentoringRequests, meetings, offers] = await Promise.all([
    prisma.mentoringRequest.count({
      where: { mentor: { userId: user.id }, state: "pending", createdAt: { gt: liveCutoff(now) } },
    }),
    // Accepted planned sessions in the next week, in this mentor's live relationships.
    prisma.mentoringMeeting.groupBy({
      by: ["relationshipId"],
      where: {
        state: "accepted",
        startsAt: { gt: now, lte: new Date(now.getTime() + SESSION_AHEAD_DAYS * DAY_MS) },
        relationship: { state: "accepted", mentor: { userId: user.id } },
      },
      _count: { _all: true },
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
  const sessionsComingUp = countOn(
    meetings.map((m) => ({ on: m.relationshipId, count: m._count._all })),
    (id) => `${relationshipPath(id)}#planned`,
  );
  return { mentoringRequests, sessionsComingUp, offersFillingUp };
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

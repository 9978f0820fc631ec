// The reminders job: finds what is due by the rules in rules.ts, and sends each
// reminder once, in the app and by email (to those who keep reminder emails on).
// "Once" is held by the database: a reminder is claimed by inserting its unique
// key before it is sent, so a second run, or a second server at the same
// moment, finds the key taken and sends nothing (docs/decisions/029-reminders.md).
import { schoolNameOf } from "~/opportunities/former";
import { isUniqueViolation, prisma } from "~/db.server";
import { relationshipPath, liveCutoff } from "~/mentoring/requests.server";
import { REQUEST_EXPIRY_DAYS } from "~/mentoring/request-state";
import { notifyOrganisation } from "~/notifications/notify.server";
import { sendSearchAlerts } from "~/opportunities/search-alerts.server";
import { readinessPaths } from "~/readiness/paths";
import { formatDay, formatTime } from "~/time/format";
import { addDays, dateToDay, ukDay, ukDayStart } from "~/time/uk-time";
import {
  ACTION_DUE_GRACE_DAYS,
  EXPIRY_WARNING_DAYS,
  isSendingHour,
  LOOK_BACK_DAYS,
  OUTCOME_GRACE_DAYS,
  reminderKey,
  RETAKE_AGAIN_DAYS,
  storedDayFromToday,
  ukTomorrow,
  type ReminderRule,
} from "./rules";

const DAY_MS = 86_400_000;

export type DueReminder = {
  rule: ReminderRule;
  recordId: string;
  organisationId: string;
  /** Only this member sees and gets it; otherwise every member of the organisation. */
  userId?: string;
  subject: string;
  message: string;
  link: string;
  /** "email": the app has told them already (each new application is a notice there). */
  only?: "email";
  /** More paragraphs for the email only. */
  emailDetails?: string[];
};

const requestPath = (id: string) => `/requests/${id}`;

async function offersTomorrow(now: Date): Promise<DueReminder[]> {
  const { from, to } = ukTomorrow(now);
  const bookings = await prisma.offerBooking.findMany({
    where: { state: "booked", offer: { state: "published", startsAt: { gte: from, lt: to } } },
    select: {
      id: true,
      smeOrgId: true,
      bookedById: true,
      offer: { select: { id: true, title: true, startsAt: true } },
    },
  });
  // A business that has left (null) is not reminded.
  return bookings
    .flatMap(({ smeOrgId, ...b }) => (smeOrgId ? [{ ...b, smeOrgId }] : []))
    .map((b) => ({
      rule: "offer-day-before",
      recordId: b.id,
      organisationId: b.smeOrgId,
      ...(b.bookedById ? { userId: b.bookedById } : {}),
      subject: `Tomorrow: ${b.offer.title}`,
      message: `"${b.offer.title}" starts tomorrow at ${formatTime(b.offer.startsAt!)}.`,
      link: `/offers/${b.offer.id}`,
    }));
}

const placementSelect = {
  id: true,
  schoolOrgId: true,
  placement: {
    select: {
      title: true,
      startDate: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

async function mentoringSessionsTomorrow(now: Date): Promise<DueReminder[]> {
  const { from, to } = ukTomorrow(now);
  const meetings = await prisma.mentoringMeeting.findMany({
    where: {
      state: "accepted",
      startsAt: { gte: from, lt: to },
      relationship: { state: "accepted" },
    },
    select: {
      id: true,
      startsAt: true,
      smeUserId: true,
      relationship: {
        select: {
          id: true,
          smeOrgId: true,
          sme: { select: { name: true } },
          mentor: {
            select: { userId: true, user: { select: { name: true, organisationId: true } } },
          },
        },
      },
    },
  });
  return meetings.flatMap(({ id, startsAt, smeUserId, relationship: rel }): DueReminder[] => {
    // A side that has left ended the relationship; check anyway.
    if (!rel.mentor || !rel.smeOrgId || !rel.sme) return [];
    const link = `${relationshipPath(rel.id)}#planned`;
    const subject = `Tomorrow: mentoring at ${formatTime(startsAt)}`;
    return [
      {
        rule: "mentoring-session-day-before",
        recordId: id,
        organisationId: rel.mentor.user.organisationId,
        userId: rel.mentor.userId,
        subject,
        message: `Your mentoring session with ${rel.sme.name} is tomorrow at ${formatTime(startsAt)}.`,
        link,
      },
      {
        rule: "mentoring-session-day-before",
        recordId: id,
        organisationId: rel.smeOrgId,
        ...(smeUserId ? { userId: smeUserId } : {}),
        subject,
        message: `Your mentoring session with ${rel.mentor.user.name} is tomorrow at ${formatTime(startsAt)}.`,
        link,
      },
    ];
  });
}

async function placementsStarting(now: Date): Promise<DueReminder[]> {
  const [tomorrow, inAWeek] = await Promise.all([
    prisma.placementRequest.findMany({
      where: { state: "accepted", placement: { startDate: storedDayFromToday(now, 1) } },
      select: placementSelect,
    }),
    // A week ahead, or less when places were accepted late, but never together with "tomorrow".
    prisma.placementRequest.findMany({
      where: {
        state: "accepted",
        placement: {
          startDate: {
            gt: storedDayFromToday(now, EXPIRY_WARNING_DAYS),
            lte: storedDayFromToday(now, 7),
          },
        },
      },
      select: placementSelect,
    }),
  ]);
  const both = (
    rule: ReminderRule,
    rows: typeof tomorrow,
    when: (day: string) => string,
  ): DueReminder[] =>
    rows.flatMap((r) => {
      // A placement whose employer has left will not go ahead (the school was
      // told so then), and a school that has left (null) is not reminded.
      const employer = r.placement.organisation;
      if (!employer) return [];
      return [r.schoolOrgId, r.placement.organisationId]
        .flatMap((organisationId) => (organisationId ? [organisationId] : []))
        .map((organisationId) => ({
          rule,
          recordId: r.id,
          organisationId,
          subject: `Placement ${when(dateToDay(r.placement.startDate))}: ${r.placement.title}`,
          message: `The placement "${r.placement.title}" at ${employer.name} starts ${when(dateToDay(r.placement.startDate))}. Check the first-day details on the request.`,
          link: requestPath(r.id),
        }));
    });
  return [
    ...both("placement-day-before", tomorrow, () => "tomorrow"),
    ...both("placement-week-before", inAWeek, (day) => `on ${formatDay(day)}`),
  ];
}

async function requestsExpiring(now: Date): Promise<DueReminder[]> {
  // A placement request expires unanswered when its placement starts.
  const placementRequests = await prisma.placementRequest.findMany({
    where: {
      state: { in: ["new", "viewed"] },
      placement: {
        state: { notIn: ["closed", "archived"] },
        startDate: {
          gt: storedDayFromToday(now, 0),
          lte: storedDayFromToday(now, EXPIRY_WARNING_DAYS),
        },
      },
    },
    select: { ...placementSelect, school: { select: { name: true } } },
  });
  // A mentoring request expires 14 days after it was sent.
  const mentoringRequests = await prisma.mentoringRequest.findMany({
    where: {
      state: "pending",
      createdAt: {
        gt: liveCutoff(now),
        lte: new Date(now.getTime() - (REQUEST_EXPIRY_DAYS - EXPIRY_WARNING_DAYS) * DAY_MS),
      },
    },
    select: {
      id: true,
      sme: { select: { name: true } },
      mentor: { select: { userId: true, user: { select: { organisationId: true } } } },
    },
  });
  return [
    // An employer that has left has nobody to remind (its requests were declined then).
    ...placementRequests.flatMap(({ id, school, placement }): DueReminder[] =>
      placement.organisationId
        ? [
            {
              rule: "placement-request-expiring",
              recordId: id,
              organisationId: placement.organisationId,
              subject: "A school's request needs an answer",
              message: `${schoolNameOf(school)} asked for places on "${placement.title}". The request expires when the placement starts on ${formatDay(dateToDay(placement.startDate))}, so please answer it soon.`,
              link: requestPath(id),
            },
          ]
        : [],
    ),
    // A side that has left (its account deleted) is null: nobody to remind.
    ...mentoringRequests.flatMap(({ id, mentor, sme }): DueReminder[] =>
      mentor && sme
        ? [
            {
              rule: "mentoring-request-expiring",
              recordId: id,
              organisationId: mentor.user.organisationId,
              userId: mentor.userId,
              subject: "A mentoring request needs an answer",
              message: `${sme.name} asked you to mentor them. The request expires in ${EXPIRY_WARNING_DAYS} days or less, so please answer it soon.`,
              link: relationshipPath(id),
            },
          ]
        : [],
    ),
  ];
}

async function placementOutcomes(now: Date): Promise<DueReminder[]> {
  const rows = await prisma.placementRequest.findMany({
    where: {
      state: "accepted",
      OR: [{ schoolAttended: null }, { employerAttended: null }],
      placement: {
        endDate: {
          lte: storedDayFromToday(now, -OUTCOME_GRACE_DAYS),
          gte: storedDayFromToday(now, -LOOK_BACK_DAYS),
        },
      },
    },
    select: { ...placementSelect, schoolAttended: true, employerAttended: true },
  });
  return rows.flatMap((r) =>
    [
      ...(r.schoolAttended === null && r.schoolOrgId ? [r.schoolOrgId] : []),
      ...(r.employerAttended === null && r.placement.organisationId
        ? [r.placement.organisationId]
        : []),
    ].map((organisationId): DueReminder => ({
      rule: "placement-outcome",
      recordId: r.id,
      organisationId,
      subject: `How did "${r.placement.title}" go?`,
      message: `The placement "${r.placement.title}" has finished. Please record how many students came and how it went.`,
      link: requestPath(r.id),
    })),
  );
}

async function readinessRetakes(now: Date): Promise<DueReminder[]> {
  const ended = await prisma.mentoringRequest.findMany({
    where: {
      state: "completed",
      endedAt: { gte: new Date(now.getTime() - (RETAKE_AGAIN_DAYS + LOOK_BACK_DAYS) * DAY_MS) },
    },
    select: { id: true, smeOrgId: true, endedAt: true },
  });
  const due: DueReminder[] = [];
  for (const r of ended) {
    const endedAt = r.endedAt!;
    const smeOrgId = r.smeOrgId;
    if (!smeOrgId) continue; // the firm has left

    // Retaken since mentoring ended: nothing to remind.
    const retaken = await prisma.readinessCheck.count({
      where: { organisationId: smeOrgId, status: "submitted", submittedAt: { gt: endedAt } },
    });
    if (retaken > 0) continue;
    const again = now.getTime() - endedAt.getTime() >= RETAKE_AGAIN_DAYS * DAY_MS;
    due.push({
      rule: again ? "mentoring-retake-again" : "mentoring-retake",
      recordId: r.id,
      organisationId: smeOrgId,
      subject: "Take the readiness check again",
      message: again
        ? "It is a month since your mentoring ended. Take the readiness check again to see what has changed."
        : "Your mentoring has ended. Take the readiness check again to see what it changed.",
      link: readinessPaths.start,
    });
  }
  return due;
}

/**
 * Issue 12: one email a day to each employer that had new applications
 * yesterday (London's day), one line per vacancy. Nothing when there were none.
 * The key is the day, so it goes once however often the job runs.
 */
async function newApplicationsYesterday(now: Date): Promise<DueReminder[]> {
  const yesterday = addDays(ukDay(now), -1);
  const groups = await prisma.application.groupBy({
    by: ["apprenticeshipId"],
    where: {
      state: { not: "draft" },
      submittedAt: { gte: ukDayStart(yesterday), lt: ukDayStart(ukDay(now)) },
    },
    _count: { _all: true },
  });
  if (groups.length === 0) return [];
  const vacancies = await prisma.apprenticeship.findMany({
    where: { id: { in: groups.map((g) => g.apprenticeshipId) } },
    select: { id: true, title: true, organisationId: true },
    orderBy: { title: "asc" },
  });
  const countOf = new Map(groups.map((g) => [g.apprenticeshipId, g._count._all]));
  const byOrganisation = new Map<string, typeof vacancies>();
  for (const v of vacancies) {
    byOrganisation.set(v.organisationId, [...(byOrganisation.get(v.organisationId) ?? []), v]);
  }
  return [...byOrganisation].map(([organisationId, list]) => {
    const total = list.reduce((sum, v) => sum + (countOf.get(v.id) ?? 0), 0);
    const lines = list.map((v) => {
      const n = countOf.get(v.id) ?? 0;
      return `${v.title}: ${n} new ${n === 1 ? "application" : "applications"}`;
    });
    return {
      rule: "applications-daily-summary" as const,
      recordId: yesterday,
      organisationId,
      subject: `${total} new ${total === 1 ? "application" : "applications"} yesterday`,
      message: `You had ${total} new ${total === 1 ? "application" : "applications"} yesterday. ${lines.join(". ")}.`,
      link:
        list.length === 1 ? `/postings/apprenticeships/${list[0]!.id}/applications` : "/postings",
      only: "email" as const,
    };
  });
}

/**
 * Issue 17's action plan: on the day items fall due, one reminder to the firm
 * for that day's items that are not done (a day late, up to a week, if the job
 * did not run). The key is the due day, so a firm with five actions due on one
 * day gets one email, and an item moved to a new day is reminded again then.
 */
async function actionPlanItemsDue(now: Date): Promise<DueReminder[]> {
  const today = ukDay(now);
  const items = await prisma.actionItem.findMany({
    where: {
      status: { not: "done" },
      dueOn: {
        gte: storedDayFromToday(now, -ACTION_DUE_GRACE_DAYS),
        lte: storedDayFromToday(now, 0),
      },
      organisation: { kind: "sme" },
    },
    select: { organisationId: true, title: true, owner: true, dueOn: true },
    orderBy: [{ dueOn: "asc" }, { title: "asc" }],
  });
  const byDay = new Map<string, { organisationId: string; day: string; titles: string[] }>();
  for (const item of items) {
    const day = dateToDay(item.dueOn);
    const key = `${item.organisationId}:${day}`;
    const group = byDay.get(key) ?? { organisationId: item.organisationId, day, titles: [] };
    group.titles.push(`${item.title} (${item.owner})`);
    byDay.set(key, group);
  }
  return [...byDay.values()].map(({ organisationId, day, titles }): DueReminder => {
    const when = day === today ? "today" : `on ${formatDay(day)}`;
    const n = titles.length;
    const these = n === 1 ? "This action in your plan is" : `These ${n} actions in your plan are`;
    const was = n === 1 ? "was" : "were";
    return {
      rule: "action-plan-due",
      recordId: day,
      organisationId,
      subject: `${n === 1 ? "An action" : `${n} actions`} ${day === today ? (n === 1 ? "is" : "are") : was} due ${when}`,
      message: `${these} not done yet and ${day === today ? "" : `${was} `}due ${when}: ${titles.join("; ")}.`,
      link: readinessPaths.plan,
    };
  });
}

/** Every reminder due now by the rules, whether or not it was sent before. */
export async function dueReminders(now: Date): Promise<DueReminder[]> {
  const found = await Promise.all([
    offersTomorrow(now),
    mentoringSessionsTomorrow(now),
    placementsStarting(now),
    requestsExpiring(now),
    placementOutcomes(now),
    newApplicationsYesterday(now),
    readinessRetakes(now),
    actionPlanItemsDue(now),
  ]);
  return found.flat();
}

/** Claim the reminder's key, then send it; false when it was claimed before. */
async function sendOnce(reminder: DueReminder, now: Date): Promise<boolean> {
  const claimed = await prisma.reminderSent
    .create({
      data: {
        key: reminderKey(reminder.rule, reminder.recordId, reminder.organisationId),
        sentAt: now,
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return null;
      throw error;
    });
  if (!claimed) return false;
  await notifyOrganisation({
    organisationId: reminder.organisationId,
    ...(reminder.userId ? { userId: reminder.userId } : {}),
    subject: reminder.subject,
    message: reminder.message,
    link: reminder.link,
    ...(reminder.emailDetails ? { emailDetails: reminder.emailDetails } : {}),
    reminder: true,
    ...(reminder.only ? { only: reminder.only } : {}),
  });
  return true;
}

/** The job: outside sending hours it does nothing; otherwise it sends what is due and not yet sent. */
export async function sendReminders(now = new Date()): Promise<number> {
  if (!isSendingHour(now)) return 0;
  let sent = 0;
  for (const reminder of await dueReminders(now)) {
    if (await sendOnce(reminder, now)) sent += 1;
  }
  // Saved searches: their own email (a stop link for each search), at most one a day each.
  sent += await sendSearchAlerts(now, new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS));
  return sent;
}

// Planned mentoring sessions: propose, accept, decline, move, cancel (the rules
// are in meeting-state.ts), and their calendar invites. An agreed session is one
// calendar event for each side (uid "mentoring-meeting-<id>", SEQUENCE
// calendarSequence, raised on every move); a cancellation goes out at one more,
// as for bookings (docs/decisions/028-calendar-invites.md, 037).
// Every read names the relationship through `relationshipWhere`, so only its
// two sides can see or touch a session.
import { calendarInvite, inviteUid, type CalendarEvent } from "~/calendar/invites.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { eventMessage } from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { formatTimeRange } from "~/time/format";
import { meetingActions, type MeetingAction, type MeetingSide } from "./meeting-state";
import { actorFor, relationshipPath, relationshipWhere, type Actor } from "./requests.server";
import type { Meeting } from "./schemas";

export const sideOf = (user: Actor): MeetingSide => (actorFor(user) === "sme" ? "sme" : "mentor");

const meetingSelect = {
  id: true,
  state: true,
  proposedBySide: true,
  startsAt: true,
  endsAt: true,
  location: true,
  joinUrl: true,
  calendarSequence: true,
  smeUserId: true,
  relationship: {
    select: {
      id: true,
      state: true,
      smeOrgId: true,
      sme: { select: { name: true } },
      mentor: {
        select: {
          userId: true,
          user: { select: { name: true, organisationId: true } },
        },
      },
    },
  },
} as const;

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

function findMeeting(user: Actor, relationshipId: string, meetingId: string) {
  return prisma.mentoringMeeting.findFirst({
    where: { id: meetingId, relationship: { id: relationshipId, ...relationshipWhere(user) } },
    select: meetingSelect,
  });
}

const notActive = "You can only plan sessions while mentoring is active.";

/** The other side of the relationship, to tell in the app (and by email, unless `only` says not). */
function otherSide(user: Actor, row: MeetingRow["relationship"]) {
  if (sideOf(user) === "sme") {
    return row.mentor
      ? { organisationId: row.mentor.user.organisationId, userId: row.mentor.userId }
      : null;
  }
  return row.smeOrgId ? { organisationId: row.smeOrgId } : null;
}

type SessionNotice = Omit<
  Parameters<typeof notifyOrganisation>[0],
  "organisationId" | "userId" | "link"
>;

/** Tells the other side (if it is still there), linking to the relationship's planned sessions. */
async function tellOtherSide(
  user: Actor,
  row: MeetingRow["relationship"],
  relationshipId: string,
  notice: SessionNotice,
) {
  const to = otherSide(user, row);
  if (!to) return;
  await notifyOrganisation({
    ...to,
    ...notice,
    link: `${relationshipPath(relationshipId)}#planned`,
  });
}

function describe(meeting: {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  joinUrl: string | null;
}) {
  return [
    `When: ${formatTimeRange(meeting.startsAt, meeting.endsAt)}`,
    ...(meeting.location ? [`Where: ${meeting.location}`] : []),
    ...(meeting.joinUrl ? [`Join online: ${meeting.joinUrl}`] : []),
  ];
}

/** One side proposes a session; the other side is told and asked to answer. */
export async function proposeMeeting(
  user: Actor & { name: string },
  relationshipId: string,
  input: Meeting,
): Promise<CommandResult<{ id: string }>> {
  const rel = await prisma.mentoringRequest.findFirst({
    where: { id: relationshipId, ...relationshipWhere(user) },
    select: meetingSelect.relationship.select,
  });
  if (!rel) return notFound();
  if (rel.state !== "accepted" || !rel.mentor || !rel.smeOrgId) return refused(notActive);
  const side = sideOf(user);
  const meeting = await prisma.mentoringMeeting.create({
    data: {
      relationshipId,
      proposedById: user.id,
      proposedBySide: side,
      smeUserId: side === "sme" ? user.id : null,
      ...input,
    },
    select: { id: true },
  });
  await tellOtherSide(user, rel, relationshipId, {
    subject: "A mentoring session to agree",
    message: `${user.name} proposed a mentoring session on ${formatTimeRange(input.startsAt, input.endsAt)}. Please accept it or decline it.`,
    emailDetails: describe(input).slice(1),
  });
  return done({ id: meeting.id });
}

/**
 * Check this side may do `action` now, then change the row only if it is still
 * in the state it was read in, so two clicks at once cannot both act.
 */
async function change(
  user: Actor,
  relationshipId: string,
  meetingId: string,
  action: MeetingAction,
  data: (row: MeetingRow) => Parameters<typeof prisma.mentoringMeeting.updateMany>[0]["data"],
  now: Date,
): Promise<CommandResult<MeetingRow>> {
  const row = await findMeeting(user, relationshipId, meetingId);
  if (!row) return notFound();
  if (row.relationship.state !== "accepted") return refused(notActive);
  if (!meetingActions(row, sideOf(user), now).includes(action)) {
    return refused(
      "This session can no longer be changed that way. The page now shows where it stands.",
    );
  }
  const { count } = await prisma.mentoringMeeting.updateMany({
    where: { id: row.id, state: row.state, calendarSequence: row.calendarSequence },
    data: data(row),
  });
  if (count === 0) return refused("Someone changed this session just now. Please look again.");
  return done(row);
}

/** The other side accepts a proposal: both get the invite. */
export async function acceptMeeting(
  user: Actor & { name: string },
  relationshipId: string,
  meetingId: string,
  now = new Date(),
): Promise<CommandResult> {
  const result = await change(
    user,
    relationshipId,
    meetingId,
    "accept",
    () => ({
      state: "accepted",
      answeredAt: now,
      ...(sideOf(user) === "sme" ? { smeUserId: user.id } : {}),
    }),
    now,
  );
  if (result.status !== "done") return result;
  await tellOtherSide(user, result.value.relationship, relationshipId, {
    subject: "Mentoring session agreed",
    message: `${user.name} accepted the mentoring session on ${formatTimeRange(result.value.startsAt, result.value.endsAt)}.`,
    only: "app", // the email is the invite
  });
  await sendMeetingEmails("agreed", meetingId);
  return done();
}

/** The other side declines a proposal; whoever proposed it is told. */
export async function declineMeeting(
  user: Actor & { name: string },
  relationshipId: string,
  meetingId: string,
  now = new Date(),
): Promise<CommandResult> {
  const result = await change(
    user,
    relationshipId,
    meetingId,
    "decline",
    () => ({ state: "declined", answeredAt: now }),
    now,
  );
  if (result.status !== "done") return result;
  await tellOtherSide(user, result.value.relationship, relationshipId, {
    subject: "Mentoring session declined",
    message: `${user.name} cannot make the mentoring session on ${formatTimeRange(result.value.startsAt, result.value.endsAt)}. You can propose another time.`,
  });
  return done();
}

/** Move a session: a proposal stays one; an agreed session is updated in both calendars. */
export async function rescheduleMeeting(
  user: Actor & { name: string },
  relationshipId: string,
  meetingId: string,
  input: Meeting,
  now = new Date(),
): Promise<CommandResult> {
  const result = await change(
    user,
    relationshipId,
    meetingId,
    "reschedule",
    (row) => ({
      ...input,
      ...(row.state === "accepted" ? { calendarSequence: { increment: 1 } } : {}),
    }),
    now,
  );
  if (result.status !== "done") return result;
  const agreed = result.value.state === "accepted";
  await tellOtherSide(user, result.value.relationship, relationshipId, {
    subject: "Mentoring session moved",
    message: `${user.name} moved the mentoring session to ${formatTimeRange(input.startsAt, input.endsAt)}.${agreed ? "" : " Please accept it or decline it."}`,
    ...(agreed ? { only: "app" as const } : { emailDetails: describe(input).slice(1) }),
  });
  if (agreed) await sendMeetingEmails("moved", meetingId);
  return done();
}

/** Cancel an agreed session (both calendars lose it) or withdraw a proposal. */
export async function cancelMeeting(
  user: Actor & { name: string },
  relationshipId: string,
  meetingId: string,
  now = new Date(),
): Promise<CommandResult> {
  const result = await change(
    user,
    relationshipId,
    meetingId,
    "cancel",
    () => ({ state: "cancelled" }),
    now,
  );
  if (result.status !== "done") return result;
  const agreed = result.value.state === "accepted";
  await tellOtherSide(user, result.value.relationship, relationshipId, {
    subject: "Mentoring session cancelled",
    message: `${user.name} cancelled the mentoring session on ${formatTimeRange(result.value.startsAt, result.value.endsAt)}.`,
    ...(agreed ? { only: "app" as const } : {}),
  });
  if (agreed) await sendMeetingEmails("cancelled", meetingId);
  return done();
}

/**
 * When mentoring ends, sessions still to come are cancelled, and agreed ones
 * leave both calendars. Called once the relationship's end is written.
 */
export async function cancelMeetingsOfEndedRelationship(relationshipId: string, now = new Date()) {
  const upcoming = await prisma.mentoringMeeting.findMany({
    where: { relationshipId, state: { in: ["proposed", "accepted"] }, startsAt: { gt: now } },
    select: { id: true, state: true },
  });
  if (upcoming.length === 0) return;
  await prisma.mentoringMeeting.updateMany({
    where: { id: { in: upcoming.map((m) => m.id) } },
    data: { state: "cancelled" },
  });
  for (const meeting of upcoming) {
    if (meeting.state === "accepted") await sendMeetingEmails("cancelled", meeting.id);
  }
}

type Person = { email: string; name: string | null };

/** The calendar event of an agreed session for one person. */
export function meetingEvent(
  meeting: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    location: string | null;
    joinUrl: string | null;
    calendarSequence: number;
  },
  names: { sme: string; mentor: string },
  attendee: Person,
  cancelled = false,
): CalendarEvent {
  return {
    uid: inviteUid("mentoring-meeting", meeting.id),
    sequence: meeting.calendarSequence + (cancelled ? 1 : 0),
    title: `Mentoring: ${names.sme} and ${names.mentor}`,
    description: `A mentoring session planned on SkillsBridge, between ${names.sme} and ${names.mentor}.`,
    start: meeting.startsAt,
    end: meeting.endsAt,
    location: meeting.location,
    url: meeting.joinUrl,
    attendee,
  };
}

/** Both people in an agreed session's calendars: the mentor and the business's person. */
async function attendees(meetingId: string) {
  const row = await prisma.mentoringMeeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingSelect,
      smeUser: { select: { email: true, name: true, emailConfirmedAt: true, suspendedAt: true } },
      relationship: {
        select: {
          id: true,
          sme: { select: { name: true } },
          mentor: {
            select: {
              user: {
                select: { email: true, name: true, emailConfirmedAt: true, suspendedAt: true },
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const names = {
    sme: row.relationship.sme?.name ?? "a former business",
    mentor: row.relationship.mentor?.user.name ?? "a former mentor",
  };
  const people = [row.smeUser, row.relationship.mentor?.user].filter(
    (p): p is NonNullable<typeof p> => Boolean(p?.emailConfirmedAt && !p.suspendedAt),
  );
  return { row, names, people };
}

export type MeetingEmailKind = "agreed" | "moved" | "cancelled";

/** Email both sides the invite, its update or its cancellation. A failed email is logged, never shown. */
export async function sendMeetingEmails(kind: MeetingEmailKind, meetingId: string) {
  const found = await attendees(meetingId);
  if (!found) return;
  const { row, names, people } = found;
  const cancelling = kind === "cancelled";
  const method = cancelling ? "CANCEL" : "REQUEST";
  const subject = {
    agreed: `Mentoring session agreed: ${formatTimeRange(row.startsAt, row.endsAt)}`,
    moved: `Mentoring session moved: ${formatTimeRange(row.startsAt, row.endsAt)}`,
    cancelled: `Mentoring session cancelled: ${formatTimeRange(row.startsAt, row.endsAt)}`,
  }[kind];
  const paragraphs = {
    agreed: [
      `Your mentoring session between ${names.sme} and ${names.mentor} is agreed.`,
      ...describe(row),
      "Open the invite in this email to add it to your calendar.",
    ],
    moved: [
      `Your mentoring session between ${names.sme} and ${names.mentor} has moved.`,
      ...describe(row),
      "Open the invite in this email to update your calendar.",
    ],
    cancelled: [
      `Your mentoring session between ${names.sme} and ${names.mentor} is cancelled.`,
      "Open the invite in this email to take it out of your calendar.",
    ],
  }[kind];
  const link = {
    href: `${siteOrigin()}${relationshipPath(row.relationship.id)}#planned`,
    text: "See your mentoring",
  };
  for (const person of people) {
    const event = meetingEvent(row, names, person, cancelling);
    try {
      await sendEmail(
        eventMessage(person.email, subject, paragraphs, link, {
          method,
          content: calendarInvite(event, method),
        }),
      );
    } catch (error) {
      console.error(
        "Could not send a mentoring session email:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

/** The .ics of an agreed session still to come, for one of its two sides; null otherwise. */
export async function meetingInviteFile(
  user: Actor & { email: string; name: string | null },
  relationshipId: string,
  meetingId: string,
): Promise<string | null> {
  const row = await prisma.mentoringMeeting.findFirst({
    where: {
      id: meetingId,
      state: "accepted",
      relationship: { id: relationshipId, state: "accepted", ...relationshipWhere(user) },
    },
    select: {
      ...meetingSelect,
      relationship: {
        select: {
          sme: { select: { name: true } },
          mentor: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const names = {
    sme: row.relationship.sme?.name ?? "a former business",
    mentor: row.relationship.mentor?.user.name ?? "a former mentor",
  };
  return calendarInvite(meetingEvent(row, names, user), "REQUEST");
}

/** Sessions planned on a relationship, soonest first, for its page (the page's own where has checked who asks). */
export function plannedMeetings(relationshipId: string, now: Date) {
  return prisma.mentoringMeeting.findMany({
    where: {
      relationshipId,
      // Still to come, or ended within the last day (so "today's session" stays in view).
      endsAt: { gt: new Date(now.getTime() - 86_400_000) },
      state: { in: ["proposed", "accepted"] },
    },
    select: {
      id: true,
      state: true,
      proposedBySide: true,
      startsAt: true,
      endsAt: true,
      location: true,
      joinUrl: true,
      proposedBy: { select: { name: true } },
    },
    orderBy: { startsAt: "asc" },
    take: 20,
  });
}

/** The other side's name on an active relationship this user is part of, for the "plan a session" page; null otherwise. */
export async function planningContext(user: Actor, relationshipId: string) {
  const rel = await prisma.mentoringRequest.findFirst({
    where: { id: relationshipId, state: "accepted", ...relationshipWhere(user) },
    select: meetingSelect.relationship.select,
  });
  if (!rel?.mentor || !rel.sme) return null;
  return { otherName: sideOf(user) === "sme" ? rel.mentor.user.name : rel.sme.name };
}

/** A session this user may move now, with what its form starts from; null otherwise. */
export async function meetingToMove(
  user: Actor,
  relationshipId: string,
  meetingId: string,
  now = new Date(),
) {
  const row = await findMeeting(user, relationshipId, meetingId);
  if (!row || row.relationship.state !== "accepted") return null;
  if (!meetingActions(row, sideOf(user), now).includes("reschedule")) return null;
  const otherName =
    sideOf(user) === "sme"
      ? (row.relationship.mentor?.user.name ?? "your mentor")
      : (row.relationship.sme?.name ?? "the business");
  return { ...row, otherName };
}

// iCalendar invites (RFC 5545, through the `ics` library) for what lands in
// people's calendars: offer bookings, mentoring sessions, placements.
//
// Times go out as UTC instants ("DTSTART:20270329T090000Z"), from the instant
// stored in the database, never as floating local times: a calendar then shows
// the right London time on either side of the change of clocks, wherever the
// server or the reader is. `ics` would read a date array in the server's own
// zone, so only timestamps are passed to it (docs/decisions/028-calendar-invites.md).
import { createEvent, type EventAttributes } from "ics";
import { env } from "~/env.server";
import { addDays, type IsoDate } from "~/time/uk-time";

/** The methods we send: a new or changed event, or its cancellation (RFC 5546). */
export type InviteMethod = "REQUEST" | "CANCEL";

/** At set times (a workshop), or whole days (a placement: first and last day, as stored days). */
type Timing = { start: Date; end: Date } | { firstDay: IsoDate; lastDay: IsoDate };

export type CalendarEvent = Timing & {
  /** Stable for the life of the thing invited to: an update or cancel with the same uid replaces it. */
  uid: string;
  /** Raised on every change; a calendar ignores an update whose sequence is not higher. */
  sequence: number;
  title: string;
  description: string;
  location?: string | null;
  /** A joining link, for online events. */
  url?: string | null;
  attendee: { email: string; name?: string | null };
};

const UID_DOMAIN = "skillsbridge.invalid";

/** A uid for one kind of record: "offer-booking-abc123@skillsbridge.invalid". */
export function inviteUid(kind: string, id: string): string {
  return `${kind}-${id}@${UID_DOMAIN}`;
}

/** The address invites come from, out of MAIL_FROM ("SkillsBridge <no-reply@...>"). */
function organiser(): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(env.MAIL_FROM);
  return match
    ? { name: match[1] || "SkillsBridge", email: match[2] ?? env.MAIL_FROM }
    : { name: "SkillsBridge", email: env.MAIL_FROM.trim() };
}

const dateArray = (day: IsoDate): [number, number, number] => {
  const [year, month, date] = day.split("-").map(Number);
  return [year!, month!, date!];
};

function timing(event: Timing) {
  // Whole days are dates with no time or zone (VALUE=DATE); the end is the day after the last (RFC 5545).
  if ("firstDay" in event)
    return { start: dateArray(event.firstDay), end: dateArray(addDays(event.lastDay, 1)) };
  return {
    start: event.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
  } as const;
}

/** The text of an .ics file holding one event, as a request (new or changed) or a cancellation. */
export function calendarInvite(event: CalendarEvent, method: InviteMethod): string {
  const description = event.url
    ? `${event.description}\n\nJoin online: ${event.url}`
    : event.description;
  const attributes: EventAttributes = {
    productId: "-//SkillsBridge//Invites//EN",
    method,
    uid: event.uid,
    sequence: event.sequence,
    title: event.title,
    description,
    ...timing(event),
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: organiser(),
    attendees: [
      {
        email: event.attendee.email,
        ...(event.attendee.name ? { name: event.attendee.name } : {}),
        rsvp: false,
        partstat: "ACCEPTED",
        role: "REQ-PARTICIPANT",
      },
    ],
  };
  const location = event.location ?? (event.url ? "Online" : null);
  if (location) attributes.location = location;
  if (event.url) attributes.url = event.url;
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("The calendar invite could not be made.");
  return value;
}

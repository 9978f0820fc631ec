// When reminders go out, as plain rules the job (reminders.server.ts) applies.
// Days are London days; a stored day (a placement's start) is midnight UTC.
import { addDays, dayToDate, ukDay, ukDayStart } from "~/time/uk-time";
import { ukWallClock } from "~/time/zone";

/** Reminders go out between 8am and 8pm UK time only; a run outside waits for the next. */
export const SENDING_HOURS = { from: 8, to: 20 } as const;

export function isSendingHour(now: Date): boolean {
  const { hour } = ukWallClock(now);
  return hour >= SENDING_HOURS.from && hour < SENDING_HOURS.to;
}

/** Days before a request expires unanswered that the side that must answer is reminded. */
export const EXPIRY_WARNING_DAYS = 3;
/** Days after a placement ends before each side is asked for attendance and feedback. */
export const OUTCOME_GRACE_DAYS = 3;
/** Days after mentoring ends before the second invitation to retake the readiness check. */
export const RETAKE_AGAIN_DAYS = 30;
/** Days after an action plan item's due day that it is still reminded, if the job did not run that day. */
export const ACTION_DUE_GRACE_DAYS = 7;
/** Reminders about the past stop after this, so an old record never starts one. */
export const LOOK_BACK_DAYS = 30;

/** The rules, each one reminder per record and organisation (the key's first part). */
export const reminderRules = [
  "offer-day-before",
  "placement-week-before",
  "placement-day-before",
  "placement-request-expiring",
  "mentoring-request-expiring",
  "placement-outcome",
  "mentoring-retake",
  "mentoring-retake-again",
  "mentoring-session-day-before",
  "applications-daily-summary",
  "search-alert-daily",
  "action-plan-due",
] as const;
export type ReminderRule = (typeof reminderRules)[number];

/** The unique key of one reminder: it is sent once per rule, record and organisation. */
export function reminderKey(rule: ReminderRule, recordId: string, organisationId: string) {
  return `${rule}:${recordId}:${organisationId}`;
}

/** Instants [from, to) of London's tomorrow, for things at a time (an offer's start). */
export function ukTomorrow(now: Date): { from: Date; to: Date } {
  const tomorrow = addDays(ukDay(now), 1);
  return { from: ukDayStart(tomorrow), to: ukDayStart(addDays(tomorrow, 1)) };
}

/** A stored day `days` after London's today (midnight UTC), for comparing stored days. */
export function storedDayFromToday(now: Date, days: number): Date {
  return dayToDate(addDays(ukDay(now), days));
}

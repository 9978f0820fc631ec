// SkillsBridge runs on UK time, whatever zone the server or the browser is in.
// Two kinds of value:
// - an instant (a `Date`): when something happened or starts. Read it as London
//   wall-clock time to show it or to ask which day it fell on.
// - a calendar day ("YYYY-MM-DD", `IsoDate`): closing dates, start dates, session
//   dates, rate changes. Stored as midnight UTC of that day, so a stored day reads
//   back as the same day wherever the server runs (and the UK, never behind UTC,
//   shows it as that day too).
// Going from London wall-clock time to an instant uses @date-fns/tz's `tzOffset`
// (the zone's offset at an instant, from the Intl time zone data); reading an
// instant in London is zone.ts (one cached Intl formatter). No offsets are
// written by hand anywhere. (`new TZDate(y, m, d, h, mi, zone)` is not used for
// this: in the hour the clocks repeat its answer depends on the server's own zone.)
// Forms check dates in the browser too, so this imports single functions:
// `@date-fns/tz` has no "sideEffects": false, and its index brings TZDate (2 KB).
import { tzOffset } from "@date-fns/tz/tzOffset";
import { isExists } from "date-fns/isExists";
import { isoFromParts, pad, parseDateInput, type IsoDate } from "./calendar-day";
import { UK_TIME_ZONE, ukWallClock } from "./zone";

export type { IsoDate } from "./calendar-day";
export { dateFromParts, parseDateInput } from "./calendar-day";

/** A rule input: a stored or posted day, or an instant such as `new Date()`. */
export type DateLike = Date | IsoDate;

/** True only for a real day written exactly as "YYYY-MM-DD" (query strings, where nobody types). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDateInput(value) === value;
}

/** The calendar day it is in London at this instant. */
export function ukDay(instant: Date): IsoDate {
  const w = ukWallClock(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The calendar day of a rule input (an instant is read in London), or null when missing or not a real date. */
export function toCalendarDay(value: DateLike | null | undefined): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return parseDateInput(value);
  if (Number.isNaN(value.getTime())) return null;
  const w = ukWallClock(value);
  return isoFromParts(w.year, w.month, w.day);
}

/**
 * The instant a London clock shows this wall-clock time. The offset is looked up
 * at a first guess, then once more at the answer, which settles the two nights a
 * year the clocks change the same way on every server.
 */
function fromUkWallClock(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, month - 1, day);
  asUtc.setUTCHours(hour, minute, second, 0);
  const wall = asUtc.getTime();
  const guess = wall - tzOffset(UK_TIME_ZONE, new Date(wall)) * 60_000;
  return new Date(wall - tzOffset(UK_TIME_ZONE, new Date(guess)) * 60_000);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-03-14T10:00" (a London day and time of day, written together) read as
 * London time; null when it is not a real date and time. On the night the clocks go forward, a time in
 * the missing hour is read as the hour after; on the night they go back, the
 * repeated hour is read as the second (GMT) one.
 */
export function ukDateTimeToDate(value: string): Date | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  // Groups 1 to 5 always take part in a match; only the seconds may be missing.
  const year = Number(m[1]),
    month = Number(m[2]),
    day = Number(m[3]);
  const hour = Number(m[4]),
    minute = Number(m[5]),
    second = Number(m[6] ?? "0");
  if (!isExists(year, month - 1, day) || hour > 23 || minute > 59 || second > 59) return null;
  return fromUkWallClock(year, month, day, hour, minute, second);
}

const TIME_OF_DAY = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/;

/**
 * A typed time of day as "HH:MM", or null when it is not one. Accepts what
 * `<input type="time">` sends ("14:30") and what people type into a plain text
 * box on an old phone: "2:30pm", "2.30 pm", "9 a.m.", "9am", "14.30", "midday".
 */
export function parseTimeInput(text: string): string | null {
  // "a.m." and "p.m." as "am" and "pm"; the dot between hours and minutes stays.
  const value = text
    .trim()
    .toLowerCase()
    .replace(/\s*([ap])\.?\s*m\.?$/, "$1m");
  if (["midday", "noon", "12 noon", "12noon"].includes(value)) return "12:00";
  const m = TIME_OF_DAY.exec(value);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? "0");
  const suffix = m[3];
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === "pm" ? 12 : 0);
  } else if (m[2] === undefined) {
    return null; // "14" alone could be a typo for a date or a length
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** A London day and a time of day ("HH:MM") as the instant a London clock shows them. */
export function ukDayAndTimeToDate(day: IsoDate, time: string): Date | null {
  return ukDateTimeToDate(`${day}T${time}`);
}

/**
 * The London day and time of day ("HH:MM", 24-hour) an instant shows: what a
 * date input and a time box show again, the other way from `ukDayAndTimeToDate`.
 */
export function ukDayAndTime(value: Date | string): { day: IsoDate; time: string } {
  const w = ukWallClock(new Date(value));
  return {
    day: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
  };
}

/** The instant a London day begins: 00:00 GMT in winter, 23:00 UTC the evening before in summer. */
export function ukDayStart(day: IsoDate): Date {
  const [year, month, date] = day.split("-");
  return fromUkWallClock(Number(year), Number(month), Number(date));
}

/** A calendar day as it is stored: midnight UTC of that day. */
export function dayToDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A stored day (midnight UTC) back as "YYYY-MM-DD". */
export function dateToDay(date: Date | string): IsoDate {
  // A stored day is midnight UTC, so its UTC date is the day.
  return new Date(date).toISOString().slice(0, 10);
}

/** Midnight UTC of today's London day: compare stored days against this. */
export function startOfUkToday(now: Date): Date {
  return dayToDate(ukDay(now));
}

// Whole-day arithmetic is on stored days: midnight UTC, where every day is the
// same length and the clocks never change.

/** Whole days from `from` to `to`: 7 when `to` is a week later, negative when earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}

/** The day `days` calendar days after `day` (before, when negative). */
export function addDays(day: IsoDate, days: number): IsoDate {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToDay(date);
}

/** The day `months` calendar months after `day` (before, when negative); 31 August + 6 is the end of February. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const date = dayToDate(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return dateToDay(target);
}

/** True when the day is after today in London (a session cannot be logged for tomorrow). */
export function isAfterUkToday(day: IsoDate, now: Date): boolean {
  return daysBetween(ukDay(now), day) > 0;
}

// Calendar days for the opportunity rules. Closing dates, start dates and rate
// changes are whole days in the UK, not instants, so every rule compares
// "YYYY-MM-DD" days. A `Date` (like `today`) is read as the day it is in London,
// so a rule checked at 00:30 on 1 April (BST) is judged on 1 April, not 31 March.

/** A calendar day as "YYYY-MM-DD" (what `<input type="date">` sends). */
export type IsoDate = string;

/** A rule input: a stored or posted day, or an instant such as `new Date()`. */
export type DateLike = Date | IsoDate;

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;

const londonDay = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const longDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * A typed date as "YYYY-MM-DD", or null when it is not a real date.
 * Accepts what `<input type="date">` sends, and also "27 3 2027", "27/3/2027"
 * or "27-03-2027": old phones show a date input as a plain text box.
 */
export function parseDateInput(text: string): IsoDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})$/.exec(value);
  if (dayFirst) return isoFromParts(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** The calendar day of a rule input, or null when it is missing or not a real date. */
export function toCalendarDay(value: DateLike | null | undefined): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return parseDateInput(value);
  if (Number.isNaN(value.getTime())) return null;
  const parts = Object.fromEntries(londonDay.formatToParts(value).map((p) => [p.type, p.value]));
  return isoFromParts(Number(parts.year), Number(parts.month), Number(parts.day));
}

function dayNumber(day: IsoDate): number {
  const [year, month, date] = day.split("-").map(Number);
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** Whole days from `from` to `to`: 7 when `to` is a week later, negative when earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date((dayNumber(day) + days) * MS_PER_DAY);
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? day;
}

/** "27 March 2027", for messages and pages. */
export function formatDay(day: IsoDate): string {
  return longDate.format(new Date(dayNumber(day) * MS_PER_DAY));
}

// Calendar days as "YYYY-MM-DD", with no time zone in them: reading a typed date
// or a date input's three boxes. Its own module, so that a form's date input and
// its check in the browser do not download the UK-time code (uk-time.ts, which
// re-exports these for everything else). No time zone is needed to know whether
// 29 2 2027 is a real day.
import { isExists } from "date-fns/isExists";

/** A calendar day as "YYYY-MM-DD" (what `<input type="date">` sends). */
export type IsoDate = string;

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || !isExists(year, month - 1, day)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
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

/** The day of a year, month (1–12) and day of the month, or null when there is no such day. */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  return isoFromParts(year, month, day);
}

// The short tags on a search result, as Find an apprenticeship shows them:
// "Closes in 3 days" near the end, "New" for a few days after it first went live.
import { daysBetween, toCalendarDay, type DateLike } from "~/time/uk-time";

/** Within this many days of its closing date, a result says how many are left. */
export const closesSoonWithinDays = 7;
/** For this many days after it first went live, a result is tagged "New". */
export const newForDays = 7;

export function closingSoonText(closingDate: DateLike, now: Date): string | null {
  const closing = toCalendarDay(closingDate);
  const today = toCalendarDay(now);
  if (!closing || !today) return null;
  const left = daysBetween(today, closing);
  if (left < 0 || left > closesSoonWithinDays) return null;
  if (left === 0) return "Closes today";
  if (left === 1) return "Closes tomorrow";
  return `Closes in ${left} days`;
}

export function isNewListing(firstPublishedAt: DateLike | null, now: Date): boolean {
  const published = toCalendarDay(firstPublishedAt);
  const today = toCalendarDay(now);
  if (!published || !today) return false;
  const age = daysBetween(published, today);
  return age >= 0 && age < newForDays;
}

// How long applications are kept: a set number of months after the vacancy
// closes (at its closing date, or when the employer closed applications
// early, whichever came first). Then the application, its CV and its links go.
import { addMonths, dateToDay, ukDay, type IsoDate } from "~/time/uk-time";

/** The last day a vacancy's applications are kept. */
export function keptUntil(
  vacancy: { closingDate: Date | string; applicationsClosedAt: Date | string | null },
  months: number,
): IsoDate {
  const closingDay = dateToDay(vacancy.closingDate);
  const closedEarly = vacancy.applicationsClosedAt
    ? ukDay(new Date(vacancy.applicationsClosedAt))
    : null;
  const closed = closedEarly && closedEarly < closingDay ? closedEarly : closingDay;
  return addMonths(closed, months);
}

/** Vacancies that closed before this day have had their time: their applications go today. */
export function closedBefore(now: Date, months: number): IsoDate {
  return addMonths(ukDay(now), -months);
}

// The rules an apprenticeship vacancy must meet (PRODUCT.md §2), as pure
// functions returning plain-English field errors. The form schema runs the rules
// that need no "today" (so the browser can show them too); the server runs all
// of them, with today's date, before a vacancy is sent for checking or published.
//
// Missing values are the schema's job ("Enter a closing date"): these rules
// judge the values they are given and skip the ones that are absent.
import type { WageType } from "./options";
import { withoutEmpty } from "~/forms/parse";
import { daysBetween, toCalendarDay, type DateLike } from "~/time/uk-time";
import { formatPence } from "./money";
import {
  apprenticeMinimumHourlyPence,
  apprenticeshipLevelRange,
  closingDateNoticeDays,
  minimumDurationMonths,
  minimumWeeklyWagePence,
  weeklyHoursLimits,
} from "./policy";

/** A vacancy's fields as the rules see them: stored or parsed values, money in pence. */
export interface ApprenticeshipRuleFields {
  title?: string | null;
  level?: number | null;
  positions?: number | null;
  weeklyHours?: number | null;
  durationMonths?: number | null;
  wageType?: WageType | null;
  wageWeeklyPence?: number | null;
  startDate?: DateLike | null;
  closingDate?: DateLike | null;
}

/** Errors are keyed by the form field the user must change (the wage is typed in pounds). */
export type ApprenticeshipRuleField =
  | "title"
  | "level"
  | "positions"
  | "weeklyHours"
  | "durationMonths"
  | "wageWeeklyPounds"
  | "startDate"
  | "closingDate";
export type ApprenticeshipRuleErrors = Partial<Record<ApprenticeshipRuleField, string>>;

function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? "hour" : "hours"}`;
}

export function titleError(title: string): string | undefined {
  if (title.trim() === "") return undefined;
  // "apprentice" also matches "apprenticeship" and "apprentices".
  return /apprentice/i.test(title)
    ? undefined
    : "Title must include the word apprentice or apprenticeship";
}

export function levelError(level: number): string | undefined {
  const { min, max } = apprenticeshipLevelRange;
  return Number.isInteger(level) && level >= min && level <= max
    ? undefined
    : `Level must be between ${min} and ${max}`;
}

export function positionsError(positions: number): string | undefined {
  if (!Number.isInteger(positions)) return "Number of positions must be a whole number, like 2";
  return positions >= 1 ? undefined : "There must be at least 1 position";
}

export function weeklyHoursError(hours: number): string | undefined {
  if (hours < weeklyHoursLimits.min) {
    return `An apprenticeship must be at least ${weeklyHoursLimits.min} hours a week`;
  }
  if (hours > weeklyHoursLimits.max) {
    return `An apprenticeship must be no more than ${weeklyHoursLimits.max} hours a week`;
  }
  return undefined;
}

/** Only meaningful when the hours are within the legal range. */
export function durationError(durationMonths: number, weeklyHours: number): string | undefined {
  const required = minimumDurationMonths(weeklyHours);
  if (durationMonths >= required) return undefined;
  return `An apprenticeship of ${hoursText(weeklyHours)} a week must last at least ${required} months`;
}

/** The rate that applies is the one in force when the apprenticeship starts. */
export function fixedWageError(
  wageWeeklyPence: number,
  weeklyHours: number,
  startDate: DateLike,
): string | undefined {
  const minimum = minimumWeeklyWagePence(weeklyHours, startDate);
  if (wageWeeklyPence >= minimum) return undefined;
  const hourly = apprenticeMinimumHourlyPence(startDate);
  return (
    `The wage must be at least ${formatPence(minimum)} a week for ${hoursText(weeklyHours)} ` +
    `(the apprentice minimum wage is ${formatPence(hourly)} an hour)`
  );
}

export function startDateError(startDate: DateLike, closingDate: DateLike): string | undefined {
  const start = toCalendarDay(startDate);
  const closing = toCalendarDay(closingDate);
  if (!start || !closing) return undefined;
  return daysBetween(closing, start) > 0
    ? undefined
    : "The start date must be after the closing date";
}

/**
 * Applicants need a week's notice when a vacancy is first published. A vacancy
 * checked again later (say, on approval after changes) only needs a closing
 * date that has not passed.
 */
export function closingDateError(
  closingDate: DateLike,
  today: Date,
  firstPublication: boolean,
): string | undefined {
  const closing = toCalendarDay(closingDate);
  const day = toCalendarDay(today);
  if (!closing || !day) return undefined;
  const daysAhead = daysBetween(day, closing);
  if (firstPublication) {
    return daysAhead >= closingDateNoticeDays
      ? undefined
      : `The closing date must be at least ${closingDateNoticeDays} days from today`;
  }
  return daysAhead >= 0 ? undefined : "The closing date cannot be in the past";
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** Every rule that does not depend on today's date. The form schema runs these. */
export function apprenticeshipStaticRuleErrors(
  fields: ApprenticeshipRuleFields,
): ApprenticeshipRuleErrors {
  const errors: ApprenticeshipRuleErrors = {};
  const { title, level, positions, weeklyHours, durationMonths, startDate, closingDate } = fields;

  if (present(title)) errors.title = titleError(title);
  if (present(level)) errors.level = levelError(level);
  if (present(positions)) errors.positions = positionsError(positions);
  if (present(weeklyHours)) {
    errors.weeklyHours = weeklyHoursError(weeklyHours);
    // The duration rule is only fair once the hours themselves are allowed.
    if (present(durationMonths) && !errors.weeklyHours) {
      errors.durationMonths = durationError(durationMonths, weeklyHours);
    }
    const start = toCalendarDay(startDate);
    if (
      fields.wageType === "fixed" &&
      present(fields.wageWeeklyPence) &&
      start &&
      !errors.weeklyHours
    ) {
      errors.wageWeeklyPounds = fixedWageError(fields.wageWeeklyPence, weeklyHours, start);
    }
  }
  if (present(startDate) && present(closingDate)) {
    errors.startDate = startDateError(startDate, closingDate);
  }
  return withoutEmpty(errors);
}

/** Every apprenticeship rule, judged on `today` (the server's date). */
export function apprenticeshipRuleErrors(
  fields: ApprenticeshipRuleFields,
  today: Date,
  firstPublication: boolean,
): ApprenticeshipRuleErrors {
  const errors = apprenticeshipStaticRuleErrors(fields);
  if (present(fields.closingDate)) {
    const closing = closingDateError(fields.closingDate, today, firstPublication);
    if (closing) errors.closingDate = closing;
  }
  return errors;
}

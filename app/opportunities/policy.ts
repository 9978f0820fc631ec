// The legal and policy numbers behind apprenticeships and placements, in one
// place because they change by law (PRODUCT.md §2). A new rate is one new line
// in its dated list; nothing else needs to change. Money is in pence.
import { toCalendarDay, type DateLike, type IsoDate } from "~/time/uk-time";

/** A rate and the day it takes effect. Keep each list in date order. */
export interface DatedRate {
  readonly from: IsoDate;
  readonly pence: number;
}

/** Apprentice minimum hourly rate (GOV.UK "National Minimum Wage and National Living Wage rates"). */
export const apprenticeMinimumHourlyRates: readonly DatedRate[] = [
  { from: "2025-04-01", pence: 755 },
  { from: "2026-04-01", pence: 800 },
];

/** National Living Wage, age 21 and over. Shown for information; no rule enforces it. */
export const nationalMinimumHourlyRates21Plus: readonly DatedRate[] = [
  { from: "2025-04-01", pence: 1221 },
  { from: "2026-04-01", pence: 1271 },
];

export const weeklyHoursLimits = { min: 16, max: 48 } as const;

/**
 * Minimum apprenticeship length: 8 months at 30 or more hours a week. Below 30
 * hours it is scaled up in proportion, so the total training time stays the same.
 */
export const minimumDuration = { months: 8, atWeeklyHours: 30 } as const;

/** Days' notice between first publishing a vacancy and its closing date. */
export const closingDateNoticeDays = 7;

export const apprenticeshipLevels = [2, 3, 4, 5, 6, 7] as const;
export type ApprenticeshipLevel = (typeof apprenticeshipLevels)[number];
export const apprenticeshipLevelRange = { min: 2, max: 7 } as const;

export const shortDescriptionMaxLength = 350;

/** Employer's liability insurance: the legal minimum cover, in pounds. */
export const minimumEmployersLiabilityCoverPounds = 5_000_000;

/** From this many staff a risk assessment must be written down (HSE). */
export const writtenRiskAssessmentFromStaff = 5;

/** Work-experience placements are for students of these ages. */
export const placementAgeRange = { min: 14, max: 18 } as const;

/** Most places one school request may ask for. */
export const maximumPlacesPerRequest = 50;

/**
 * The rate in force on a day. Before the first listed date the first rate is
 * used: no posting starts that early, and erring high never underpays anyone.
 */
export function rateInForce(rates: readonly DatedRate[], onDate: DateLike): number {
  const day = toCalendarDay(onDate);
  if (!day) throw new RangeError(`Not a date: ${String(onDate)}`);
  const first = rates[0];
  if (!first) throw new RangeError("No rates to choose from");
  let pence = first.pence;
  for (const rate of rates) {
    // "YYYY-MM-DD" strings sort as dates.
    if (rate.from <= day) pence = rate.pence;
  }
  return pence;
}

/** The apprentice minimum hourly rate in force on that day, in pence. */
export function apprenticeMinimumHourlyPence(onDate: DateLike): number {
  return rateInForce(apprenticeMinimumHourlyRates, onDate);
}

/** The National Living Wage (21 and over) in force on that day, in pence. */
export function nationalMinimumHourlyPence21Plus(onDate: DateLike): number {
  return rateInForce(nationalMinimumHourlyRates21Plus, onDate);
}

/** 8 at 30 hours or more; ceil(8 × 30 / hours) below, e.g. 12 at 20 hours. */
export function minimumDurationMonths(weeklyHours: number): number {
  if (weeklyHours >= minimumDuration.atWeeklyHours) return minimumDuration.months;
  const exact = (minimumDuration.months * minimumDuration.atWeeklyHours) / weeklyHours;
  // The small allowance stops 240 / 22.5-style float noise rounding a whole number up.
  return Math.ceil(exact - 1e-9);
}

/**
 * The lowest weekly wage for an apprentice working these hours, in pence,
 * rounded up so that the hourly rate is never below the minimum.
 */
export function minimumWeeklyWagePence(weeklyHours: number, onDate: DateLike): number {
  return Math.ceil(apprenticeMinimumHourlyPence(onDate) * weeklyHours - 1e-9);
}

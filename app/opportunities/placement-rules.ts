// The rules a work-experience placement must meet (PRODUCT.md §2), and the
// safeguarding checklist that must be complete before it can be published.
// Pure functions returning plain-English messages; missing values are the
// schema's job, so the date and number rules skip values that are absent.
import { yearGroupIds, type YearGroup } from "./options";
import { withoutEmpty } from "~/forms/parse";
import { formatDay } from "~/time/format";
import { daysBetween, toCalendarDay, type DateLike } from "~/time/uk-time";
import { formatWholePounds } from "./money";
import {
  minimumEmployersLiabilityCoverPounds,
  placementAgeRange,
  writtenRiskAssessmentFromStaff,
} from "./policy";

export function isYearGroup(value: unknown): value is YearGroup {
  return typeof value === "string" && (yearGroupIds as readonly string[]).includes(value);
}

export interface PlacementRuleFields {
  startDate?: DateLike | null;
  endDate?: DateLike | null;
  places?: number | null;
  yearGroups?: readonly string[] | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export type PlacementRuleField =
  "startDate" | "endDate" | "places" | "yearGroups" | "minAge" | "maxAge";
export type PlacementRuleErrors = Partial<Record<PlacementRuleField, string>>;

export const placementMessages = {
  startInPast: "The start date cannot be in the past",
  endInPast: "The end date cannot be in the past",
  endBeforeStart: "The end date must be the same as or after the start date",
  placesNotWhole: "Number of places must be a whole number, like 2",
  noPlaces: "There must be at least 1 place",
  noYearGroup: "Select at least one year group",
  unknownYearGroup: "Select year groups from Year 9 to Year 13",
  minAgeRange: `Youngest age must be between ${placementAgeRange.min} and ${placementAgeRange.max}`,
  maxAgeRange: `Oldest age must be between ${placementAgeRange.min} and ${placementAgeRange.max}`,
  maxBelowMin: "Oldest age must be the same as or more than the youngest age",
} as const;

export function placesError(places: number): string | undefined {
  if (!Number.isInteger(places)) return placementMessages.placesNotWhole;
  return places >= 1 ? undefined : placementMessages.noPlaces;
}

export function yearGroupsError(groups: readonly string[]): string | undefined {
  if (groups.length === 0) return placementMessages.noYearGroup;
  return groups.every(isYearGroup) ? undefined : placementMessages.unknownYearGroup;
}

function ageInRange(age: number): boolean {
  return Number.isInteger(age) && age >= placementAgeRange.min && age <= placementAgeRange.max;
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** Every rule that does not depend on today's date. The form schema runs these. */
export function placementStaticRuleErrors(fields: PlacementRuleFields): PlacementRuleErrors {
  const errors: Partial<Record<PlacementRuleField, string | undefined>> = {};
  const start = toCalendarDay(fields.startDate);
  const end = toCalendarDay(fields.endDate);
  if (start && end && daysBetween(start, end) < 0)
    errors.endDate = placementMessages.endBeforeStart;

  if (present(fields.places)) errors.places = placesError(fields.places);
  if (present(fields.yearGroups)) errors.yearGroups = yearGroupsError(fields.yearGroups);

  const { minAge, maxAge } = fields;
  if (present(minAge) && !ageInRange(minAge)) errors.minAge = placementMessages.minAgeRange;
  if (present(maxAge) && !ageInRange(maxAge)) errors.maxAge = placementMessages.maxAgeRange;
  if (present(minAge) && present(maxAge) && !errors.minAge && !errors.maxAge && maxAge < minAge) {
    errors.maxAge = placementMessages.maxBelowMin;
  }
  return withoutEmpty(errors);
}

/** Every placement rule, judged on `today` (the server's date). */
export function placementRuleErrors(fields: PlacementRuleFields, today: Date): PlacementRuleErrors {
  const errors = placementStaticRuleErrors(fields);
  const day = toCalendarDay(today);
  const start = toCalendarDay(fields.startDate);
  const end = toCalendarDay(fields.endDate);
  if (day && start && daysBetween(day, start) < 0) errors.startDate = placementMessages.startInPast;
  // An end before the start is already reported; one mistake, one message.
  if (day && end && !errors.endDate && daysBetween(day, end) < 0) {
    errors.endDate = placementMessages.endInPast;
  }
  return errors;
}

// ---------------------------------------------------------------------------
// Safeguarding and compliance, required before a placement can be published.

export type YesNo = "yes" | "no";

/** The safeguarding answers as stored. Yes/no answers may be stored as booleans. */
export interface SafeguardingRecord {
  /** The placement's last day: the insurance must outlast it. */
  endDate?: DateLike | null;
  insuranceConfirmed?: boolean | null;
  insurer?: string | null;
  insuranceExpiry?: DateLike | null;
  insuranceCoverPounds?: number | null;
  riskAssessmentReviewed?: boolean | null;
  riskAssessmentWritten?: YesNo | boolean | null;
  dbsNeeded?: YesNo | boolean | null;
  safeguardingContactName?: string | null;
  safeguardingContactPhoneOrEmail?: string | null;
}

export type SafeguardingField = Exclude<keyof SafeguardingRecord, "endDate"> | "staffCount";

/**
 * What is known of the employer's staff: a count from its size band (the
 * band's least, so "or more"), an exact count it gave, or nothing (a micro
 * firm, 0 to 9, may have more or fewer than 5, so it is asked).
 */
export type StaffCount = { count: number; exact: boolean } | null;

/** The message for a risk assessment that must be written down, true for this firm. */
export function riskAssessmentNotWrittenMessage(staff: { count: number; exact: boolean }): string {
  return `You have ${staff.count}${staff.exact ? "" : " or more"} staff, so your risk assessment must be written down`;
}

export interface MissingSafeguardingItem {
  /** The form field that fixes it, for links from an error summary. */
  field: SafeguardingField;
  message: string;
}

export const safeguardingMessages = {
  insuranceNotConfirmed: "Confirm that you have employer's liability insurance",
  noInsurer: "Enter the name of your insurer",
  noInsuranceExpiry: "Enter the date your insurance ends",
  noCover: "Enter how much cover your insurance gives",
  coverTooLow: `Your insurance must cover at least ${formatWholePounds(minimumEmployersLiabilityCoverPounds)}`,
  riskAssessmentNotReviewed: "Confirm that you have reviewed your risk assessment for young people",
  riskAssessmentNotWritten: `You have ${writtenRiskAssessmentFromStaff} or more staff, so your risk assessment must be written down`,
  noStaffCount: `Enter how many staff you have: from ${writtenRiskAssessmentFromStaff} staff the risk assessment must be written down`,
  noDbsAnswer: "Select whether any supervisor needs a DBS check",
  noContactName: "Enter the name of your safeguarding contact",
  noContactDetails: "Enter a phone number or email address for your safeguarding contact",
} as const;

export function insuranceExpiryMessage(endDate: DateLike): string {
  const end = toCalendarDay(endDate);
  return end
    ? `Your insurance must still be in force after the placement ends on ${formatDay(end)}`
    : "Your insurance must still be in force after the placement ends";
}

function filled(text: string | null | undefined): boolean {
  return typeof text === "string" && text.trim() !== "";
}

function answered(value: YesNo | boolean | null | undefined): boolean {
  return value === "yes" || value === "no" || typeof value === "boolean";
}

function isYes(value: YesNo | boolean | null | undefined): boolean {
  return value === "yes" || value === true;
}

/**
 * What is still missing before the placement can be published; an empty list
 * means the safeguarding checks are complete. `staffCount` is the employer's
 * staff; when it is not known (null) a written risk assessment is asked for,
 * because asking too much is safer than too little.
 */
export function safeguardingComplete(
  placement: SafeguardingRecord,
  staffCount: number | StaffCount,
): MissingSafeguardingItem[] {
  const staff = typeof staffCount === "number" ? { count: staffCount, exact: false } : staffCount;
  const missing: MissingSafeguardingItem[] = [];
  const add = (field: SafeguardingField, message: string) => missing.push({ field, message });

  if (placement.insuranceConfirmed !== true)
    add("insuranceConfirmed", safeguardingMessages.insuranceNotConfirmed);
  if (!filled(placement.insurer)) add("insurer", safeguardingMessages.noInsurer);

  const expiry = toCalendarDay(placement.insuranceExpiry);
  const end = toCalendarDay(placement.endDate);
  if (!expiry) add("insuranceExpiry", safeguardingMessages.noInsuranceExpiry);
  else if (end && daysBetween(end, expiry) <= 0)
    add("insuranceExpiry", insuranceExpiryMessage(end));

  const cover = placement.insuranceCoverPounds;
  if (cover === null || cover === undefined)
    add("insuranceCoverPounds", safeguardingMessages.noCover);
  else if (cover < minimumEmployersLiabilityCoverPounds) {
    add("insuranceCoverPounds", safeguardingMessages.coverTooLow);
  }

  if (placement.riskAssessmentReviewed !== true) {
    add("riskAssessmentReviewed", safeguardingMessages.riskAssessmentNotReviewed);
  }
  // A written assessment makes the staff count irrelevant; without one, a
  // firm whose size nobody knows is asked for it rather than told it has 5 or more.
  if (!isYes(placement.riskAssessmentWritten)) {
    if (staff === null) add("staffCount", safeguardingMessages.noStaffCount);
    else if (staff.count >= writtenRiskAssessmentFromStaff)
      add("riskAssessmentWritten", riskAssessmentNotWrittenMessage(staff));
  }

  if (!answered(placement.dbsNeeded)) add("dbsNeeded", safeguardingMessages.noDbsAnswer);
  if (!filled(placement.safeguardingContactName)) {
    add("safeguardingContactName", safeguardingMessages.noContactName);
  }
  if (!filled(placement.safeguardingContactPhoneOrEmail)) {
    add("safeguardingContactPhoneOrEmail", safeguardingMessages.noContactDetails);
  }
  return missing;
}

export function isSafeguardingComplete(
  placement: SafeguardingRecord,
  staffCount: number | StaffCount,
): boolean {
  return safeguardingComplete(placement, staffCount).length === 0;
}

// Between form values and stored rows. Calendar days are stored as midnight
// UTC of that day, so a stored day reads back as the same "YYYY-MM-DD" wherever
// the server runs; "today" is the day it is in London (~/time/uk-time).
import { dateToDay, dayToDate } from "~/time/uk-time";
import { parsePoundsToPence, penceToPoundsText } from "./money";
import type { SafeguardingRecord, StaffCount } from "./placement-rules";
import type { ApprenticeshipValues, PlacementValues, SafeguardingValues } from "./schemas";

export function apprenticeshipData(values: ApprenticeshipValues) {
  return {
    title: values.title,
    shortDescription: values.shortDescription,
    fullDescription: values.fullDescription,
    standard: values.standard,
    level: values.level,
    route: values.route,
    positions: values.positions,
    weeklyHours: values.weeklyHours,
    durationMonths: values.durationMonths,
    wageType: values.wageType,
    wageWeeklyPence: values.wageWeeklyPounds ? parsePoundsToPence(values.wageWeeklyPounds) : null,
    startDate: dayToDate(values.startDate),
    closingDate: dayToDate(values.closingDate),
    postcode: values.postcode,
    localAuthority: values.localAuthority,
    trainingProvider: values.trainingProvider,
    skillsWanted: values.skillsWanted,
    qualificationsWanted: values.qualificationsWanted ?? "",
    applyMethod: values.applyMethod,
    applyUrl: values.applyUrl ?? null,
    applyEmail: values.applyEmail ?? null,
    disabilityConfident: values.disabilityConfident,
    // The employer's questions only mean something when people apply here.
    question1: values.applyMethod === "portal" ? values.question1 : null,
    question2: values.applyMethod === "portal" ? values.question2 : null,
    question3: values.applyMethod === "portal" ? values.question3 : null,
  };
}

/** A row as the database gives it back: lists of ids are plain strings there. */
type Stored<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends string | null ? string | null : T[K];
};

export type ApprenticeshipRow = Stored<ReturnType<typeof apprenticeshipData>>;

/** A stored vacancy as the strings its form shows (for editing). */
export function apprenticeshipFormValues(row: ApprenticeshipRow): Record<string, string> {
  return {
    title: row.title,
    shortDescription: row.shortDescription,
    fullDescription: row.fullDescription,
    standard: row.standard,
    level: String(row.level),
    route: row.route,
    positions: String(row.positions),
    weeklyHours: String(row.weeklyHours),
    durationMonths: String(row.durationMonths),
    wageType: row.wageType,
    wageWeeklyPounds: row.wageWeeklyPence === null ? "" : penceToPoundsText(row.wageWeeklyPence),
    startDate: dateToDay(row.startDate),
    closingDate: dateToDay(row.closingDate),
    postcode: row.postcode,
    localAuthority: row.localAuthority,
    trainingProvider: row.trainingProvider,
    skillsWanted: row.skillsWanted,
    qualificationsWanted: row.qualificationsWanted,
    applyMethod: row.applyMethod,
    applyUrl: row.applyUrl ?? "",
    applyEmail: row.applyEmail ?? "",
    ...(row.disabilityConfident ? { disabilityConfident: "on" } : {}),
    question1: row.question1 ?? "",
    question2: row.question2 ?? "",
    question3: row.question3 ?? "",
  };
}

export function placementData(values: PlacementValues) {
  return {
    title: values.title,
    description: values.description,
    sector: values.sector,
    dateMode: values.dateMode,
    startDate: dayToDate(values.startDate),
    endDate: dayToDate(values.endDate),
    daysAndHours: values.daysAndHours,
    yearGroups: values.yearGroups.join(","),
    minAge: values.minAge ?? null,
    maxAge: values.maxAge ?? null,
    places: values.places,
    format: values.format,
    postcode: values.postcode ?? null,
    localAuthority: values.localAuthority ?? null,
    supervisorName: values.supervisorName,
    accessibility: values.accessibility ?? "",
    dressCode: values.dressCode ?? "",
    travelNotes: values.travelNotes ?? "",
    contactIsSupervisor: values.contactIsSupervisor,
    contactName: values.contactIsSupervisor ? "" : (values.contactName ?? ""),
    contactRole: values.contactRole ?? "",
    contactEmail: values.contactEmail ?? "",
    contactPhone: values.contactPhone ?? "",
    workplaceAddress: values.workplaceAddress ?? "",
    firstDayDetails: values.firstDayDetails ?? "",
  };
}

export type PlacementRow = Stored<ReturnType<typeof placementData>>;

export function placementFormValues(row: PlacementRow): Record<string, string | string[]> {
  return {
    title: row.title,
    description: row.description,
    sector: row.sector,
    dateMode: row.dateMode,
    startDate: dateToDay(row.startDate),
    endDate: dateToDay(row.endDate),
    daysAndHours: row.daysAndHours,
    yearGroups: row.yearGroups ? row.yearGroups.split(",") : [],
    minAge: row.minAge === null ? "" : String(row.minAge),
    maxAge: row.maxAge === null ? "" : String(row.maxAge),
    places: String(row.places),
    format: row.format,
    postcode: row.postcode ?? "",
    localAuthority: row.localAuthority ?? "",
    supervisorName: row.supervisorName,
    accessibility: row.accessibility,
    dressCode: row.dressCode,
    travelNotes: row.travelNotes,
    ...(row.contactIsSupervisor ? { contactIsSupervisor: "on" } : {}),
    contactName: row.contactName,
    contactRole: row.contactRole,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    workplaceAddress: row.workplaceAddress,
    firstDayDetails: row.firstDayDetails,
  };
}

/**
 * The columns for the safeguarding answers given. An answer left out (it did
 * not pass its check) is not written, so the one stored before stays; an
 * answer left empty is written as empty.
 */
export function safeguardingData(values: Partial<SafeguardingValues>) {
  const has = (key: keyof SafeguardingValues) => key in values;
  return {
    ...(has("insuranceConfirmed")
      ? { insuranceConfirmed: values.insuranceConfirmed === true }
      : {}),
    ...(has("insurer") ? { insurer: values.insurer ?? null } : {}),
    ...(has("insuranceExpiry")
      ? { insuranceExpiry: values.insuranceExpiry ? dayToDate(values.insuranceExpiry) : null }
      : {}),
    ...(has("insuranceCoverPounds")
      ? {
          insuranceCoverPounds:
            typeof values.insuranceCoverPounds === "number"
              ? Math.round(values.insuranceCoverPounds)
              : null,
        }
      : {}),
    ...(has("riskAssessmentReviewed")
      ? { riskAssessmentReviewed: values.riskAssessmentReviewed === true }
      : {}),
    ...(has("riskAssessmentWritten")
      ? { riskAssessmentWritten: values.riskAssessmentWritten ?? null }
      : {}),
    ...(has("dbsNeeded") ? { dbsNeeded: values.dbsNeeded ?? null } : {}),
    ...(has("safeguardingContactName")
      ? { safeguardingContactName: values.safeguardingContactName ?? null }
      : {}),
    ...(has("safeguardingContactPhoneOrEmail")
      ? { safeguardingContact: values.safeguardingContactPhoneOrEmail ?? null }
      : {}),
    ...(has("staffCount") ? { staffCount: values.staffCount ?? null } : {}),
  };
}

export type SafeguardingRow = {
  endDate: Date;
  insuranceConfirmed: boolean;
  insurer: string | null;
  insuranceExpiry: Date | null;
  insuranceCoverPounds: number | null;
  riskAssessmentReviewed: boolean;
  riskAssessmentWritten: string | null;
  dbsNeeded: string | null;
  safeguardingContactName: string | null;
  safeguardingContact: string | null;
  staffCount: number | null;
};

export const safeguardingSelect = {
  endDate: true,
  insuranceConfirmed: true,
  insurer: true,
  insuranceExpiry: true,
  insuranceCoverPounds: true,
  riskAssessmentReviewed: true,
  riskAssessmentWritten: true,
  dbsNeeded: true,
  safeguardingContactName: true,
  safeguardingContact: true,
  staffCount: true,
} as const;

const yesNo = (value: string | null) => (value === "yes" || value === "no" ? value : null);

export function safeguardingRecord(row: SafeguardingRow): SafeguardingRecord {
  return {
    endDate: dateToDay(row.endDate),
    insuranceConfirmed: row.insuranceConfirmed,
    insurer: row.insurer,
    insuranceExpiry: row.insuranceExpiry ? dateToDay(row.insuranceExpiry) : null,
    insuranceCoverPounds: row.insuranceCoverPounds,
    riskAssessmentReviewed: row.riskAssessmentReviewed,
    riskAssessmentWritten: yesNo(row.riskAssessmentWritten),
    dbsNeeded: yesNo(row.dbsNeeded),
    safeguardingContactName: row.safeguardingContactName,
    safeguardingContactPhoneOrEmail: row.safeguardingContact,
  };
}

export function safeguardingFormValues(row: SafeguardingRow): Record<string, string> {
  return {
    ...(row.insuranceConfirmed ? { insuranceConfirmed: "on" } : {}),
    insurer: row.insurer ?? "",
    insuranceExpiry: row.insuranceExpiry ? dateToDay(row.insuranceExpiry) : "",
    insuranceCoverPounds: row.insuranceCoverPounds === null ? "" : String(row.insuranceCoverPounds),
    ...(row.riskAssessmentReviewed ? { riskAssessmentReviewed: "on" } : {}),
    riskAssessmentWritten: row.riskAssessmentWritten ?? "",
    dbsNeeded: row.dbsNeeded ?? "",
    safeguardingContactName: row.safeguardingContactName ?? "",
    safeguardingContactPhoneOrEmail: row.safeguardingContact ?? "",
    staffCount: row.staffCount === null ? "" : String(row.staffCount),
  };
}

/**
 * What the written-risk-assessment rule knows of the staff: the size band's
 * least when the band tells (10 or more, ...), else the count the employer
 * gave on the safeguarding page, else nothing (it is asked).
 */
export function staffCountFor(sizeBand: string | null, statedCount: number | null): StaffCount {
  const fromBand = staffCountFromSizeBand(sizeBand);
  if (fromBand !== null) return { count: fromBand, exact: false };
  return statedCount === null ? null : { count: statedCount, exact: true };
}

/** Whether the safeguarding page asks how many staff there are: the band cannot tell. */
export function asksStaffCount(sizeBand: string | null): boolean {
  return staffCountFromSizeBand(sizeBand) === null;
}

/**
 * Staff count for the written-risk-assessment rule, from the size band. A
 * micro firm (0 to 9) may have 5 or more, so it is treated as unknown and asked
 * for a written assessment: asking too much is safer than too little.
 */
export function staffCountFromSizeBand(sizeBand: string | null): number | null {
  switch (sizeBand) {
    case "small":
      return 10;
    case "medium":
      return 50;
    case "large":
      return 250;
    default:
      return null;
  }
}

// The one zod schema per opportunity form (STYLE.md convention 4): the browser
// uses it through the react-hook-form resolver and the action uses it on the
// posted FormData, so both give the same plain-English messages.
//
// Schemas run every rule that needs no date from the clock (including
// cross-field ones such as the wage for the hours). Rules that depend on today
// (closing date notice, dates in the past) run on the server through
// `apprenticeshipSubmitErrors` / `placementSubmitErrors`, with the server's date.
import { z } from "zod";
import { localAuthorityIds, sectorIds } from "~/organisations/reference-data";
import {
  apprenticeshipRuleErrors,
  apprenticeshipStaticRuleErrors,
  positionsError,
  weeklyHoursError,
  type ApprenticeshipRuleErrors,
  type ApprenticeshipRuleFields,
} from "./apprenticeship-rules";
import {
  checkbox,
  choice,
  decimalNumber,
  EMAIL_MAX_LENGTH,
  emailFormatMessage,
  isEmailAddress,
  isPhoneOrEmail,
  multiChoice,
  normaliseHttpsUrl,
  optionalChoice,
  optionalDate,
  optionalEmailAddress,
  optionalPhoneNumber,
  optionalPostcode,
  optionalText,
  optionalWholeNumber,
  postcode,
  postcodeMessages,
  requiredDate,
  requiredText,
  tooLongMessage,
  wholeNumber,
} from "~/forms/fields";
import { messageMaxLength } from "./after-acceptance";
import { optionalPoundsAmount } from "./form-fields";
import { parsePoundsToPence, penceToPoundsText } from "./money";
import { wageTypeIds, yearGroupIds } from "./options";
import {
  placementMessages,
  placementRuleErrors,
  placementStaticRuleErrors,
  placesError,
  safeguardingMessages,
  type PlacementRuleErrors,
  type PlacementRuleFields,
} from "./placement-rules";
import {
  apprenticeshipLevels,
  maximumPlacesPerRequest,
  minimumEmployersLiabilityCoverPounds,
  placementAgeRange,
  shortDescriptionMaxLength,
} from "./policy";

// ---------------------------------------------------------------------------
// The lists shown as radios or selects live in options.ts (no zod, so pages can
// use them without loading the schemas); re-exported here.
export {
  apprenticeshipRoutes,
  applyMethods,
  placementFormats,
  placementDateModes,
  accessNeedsHint,
} from "./options";
export type {
  ApprenticeshipRouteId,
  ApplyMethod,
  PlacementFormat,
  PlacementDateMode,
} from "./options";
import {
  apprenticeshipRoutes,
  applyMethods,
  placementFormats,
  placementDateModes,
} from "./options";
import type {
  ApprenticeshipRouteId,
  ApplyMethod,
  PlacementFormat,
  PlacementDateMode,
} from "./options";

const apprenticeshipRouteIds = apprenticeshipRoutes.map((r) => r.id) as [
  ApprenticeshipRouteId,
  ...ApprenticeshipRouteId[],
];
const applyMethodIds = applyMethods.map((m) => m.id) as [ApplyMethod, ...ApplyMethod[]];
const placementFormatIds = placementFormats.map((f) => f.id) as [
  PlacementFormat,
  ...PlacementFormat[],
];
const placementDateModeIds = placementDateModes.map((m) => m.id) as [
  PlacementDateMode,
  ...PlacementDateMode[],
];

const levelValues = apprenticeshipLevels.map(String) as [string, ...string[]];
const yesNo = ["yes", "no"] as const;

// ---------------------------------------------------------------------------
// Helpers for the cross-field checks. The checks run even when some fields
// failed (`when: () => true`), so every user sees all their mistakes at once;
// a field that failed holds no usable value, so each value is checked first.

type Values = Record<string, unknown>;
type IssueCtx = z.core.$RefinementCtx<unknown>;

const asNumber = (value: unknown) => (typeof value === "number" ? value : undefined);
const asString = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Adds a message to a field, unless that field already has one (one message per field). */
function fieldIssueAdder(ctx: IssueCtx) {
  const fieldsWithIssues = new Set(ctx.issues.map((issue) => issue.path?.[0]));
  return (field: string, message: string | undefined) => {
    if (!message || fieldsWithIssues.has(field)) return;
    fieldsWithIssues.add(field);
    ctx.addIssue({ code: "custom", path: [field], message });
  };
}

/** As `fieldIssueAdder`, but only for the fields in `only` when given (one section of a task list). */
function sectionIssueAdder(ctx: IssueCtx, only?: ReadonlySet<string>) {
  const addToField = fieldIssueAdder(ctx);
  return (field: string, message: string | undefined) => {
    if (!only || only.has(field)) addToField(field, message);
  };
}

const alwaysRun = { when: () => true };

/** A task-list section's schema: those fields of the whole form, and its cross-field checks limited to them. */
function sectionSchemaOf<F extends string>(
  shape: Record<F, z.ZodType>,
  check: (raw: unknown, ctx: IssueCtx, only: ReadonlySet<string>) => void,
  fields: readonly F[],
) {
  const only = new Set<string>(fields);
  return z
    .object(Object.fromEntries(fields.map((f) => [f, shape[f]])))
    .superRefine((raw, ctx) => check(raw, ctx as IssueCtx, only), alwaysRun);
}

// ---------------------------------------------------------------------------
// Apprenticeship vacancy

export const apprenticeshipMessages = {
  wageRequired: "Enter the weekly wage",
  wageNotAmount: "Weekly wage must be an amount in pounds, like 300.50",
  applyUrlRequired: "Enter the web address where people apply",
  applyUrlNotHttps: "The web address must start with https://",
  applyUrlNotReal: "Enter a real web address, like https://www.example.co.uk/jobs",
  applyEmailRequired: "Enter the email address where people send their application",
} as const;

const applyUrlMaxLength = 500;
export const employerQuestionMaxLength = 300;

/** A box that only one way to apply uses: empty is fine here, the cross-field check decides. */
function textForOneWayToApply(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: tooLongMessage(label, max) })
    .nullish()
    .transform((v) => v || undefined);
}

const apprenticeshipObject = z.object({
  title: requiredText({ required: "Enter a title", label: "Title", max: 100 }),
  shortDescription: requiredText({
    required: "Enter a short description",
    label: "Short description",
    max: shortDescriptionMaxLength,
  }),
  fullDescription: requiredText({
    required: "Enter a full description",
    label: "Full description",
    max: 4000,
  }),
  standard: requiredText({
    required: "Enter the apprenticeship standard",
    label: "Apprenticeship standard",
    max: 150,
  }),
  level: choice(levelValues, "Select the apprenticeship level").transform(Number),
  route: choice(apprenticeshipRouteIds, "Select a route"),
  positions: wholeNumber({
    required: "Enter the number of positions",
    notNumber: "Number of positions must be a whole number, like 2",
    // The upper limit only catches typing slips.
    check: (n) =>
      positionsError(n) ?? (n > 999 ? "Number of positions must be 999 or fewer" : undefined),
  }),
  weeklyHours: decimalNumber({
    required: "Enter the hours a week",
    notNumber: "Weekly hours must be a number, like 30",
    check: weeklyHoursError,
  }),
  durationMonths: wholeNumber({
    required: "Enter how many months the apprenticeship lasts",
    notNumber: "Duration must be a whole number of months, like 12",
    check: (n) =>
      n < 1
        ? "Duration must be at least 1 month"
        : n > 120
          ? "Duration must be 120 months or fewer"
          : undefined,
  }),
  wageType: choice(wageTypeIds, "Select the type of wage"),
  // Checked below, and only when the wage is fixed: an amount left in a
  // hidden box after choosing another wage type is not a mistake.
  wageWeeklyPounds: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || undefined),
  startDate: requiredDate({ required: "Enter a start date", label: "Start date" }),
  closingDate: requiredDate({ required: "Enter a closing date", label: "Closing date" }),
  postcode: postcode(),
  localAuthority: choice(localAuthorityIds, "Select a local authority"),
  trainingProvider: requiredText({
    required: "Enter the training provider",
    label: "Training provider",
    max: 150,
  }),
  skillsWanted: requiredText({
    required: "Enter the skills you are looking for",
    label: "Skills",
    max: 1000,
  }),
  qualificationsWanted: optionalText({ label: "Qualifications", max: 1000 }),
  applyMethod: choice(applyMethodIds, "Select how people apply"),
  // Checked below, and only when people apply on another website or by email.
  applyUrl: textForOneWayToApply("Web address", applyUrlMaxLength),
  applyEmail: textForOneWayToApply("Email address", EMAIL_MAX_LENGTH),
  disabilityConfident: checkbox(),
  question1: optionalText({ label: "Question 1", max: employerQuestionMaxLength }),
  question2: optionalText({ label: "Question 2", max: employerQuestionMaxLength }),
  question3: optionalText({ label: "Question 3", max: employerQuestionMaxLength }),
});

export type ApprenticeshipField = keyof typeof apprenticeshipObject.shape;

/**
 * The checks across fields (wage, web address, hours against months, dates).
 * `only` limits them to one section's fields (a page of the vacancy's task list).
 */
function checkApprenticeship(raw: unknown, ctx: IssueCtx, only?: ReadonlySet<string>) {
  if (typeof raw !== "object" || raw === null) return;
  const values = raw as Values;
  const add = sectionIssueAdder(ctx, only);

  let wageWeeklyPence: number | undefined;
  if (values.wageType === "fixed") {
    const text = asString(values.wageWeeklyPounds);
    if (!text) add("wageWeeklyPounds", apprenticeshipMessages.wageRequired);
    else {
      wageWeeklyPence = parsePoundsToPence(text) ?? undefined;
      if (wageWeeklyPence === undefined)
        add("wageWeeklyPounds", apprenticeshipMessages.wageNotAmount);
    }
  }

  if (values.applyMethod === "external") {
    const text = asString(values.applyUrl);
    if (!text) add("applyUrl", apprenticeshipMessages.applyUrlRequired);
    else {
      const result = normaliseHttpsUrl(text);
      if ("problem" in result) {
        add(
          "applyUrl",
          result.problem === "not-https"
            ? apprenticeshipMessages.applyUrlNotHttps
            : apprenticeshipMessages.applyUrlNotReal,
        );
      }
    }
  }

  if (values.applyMethod === "email") {
    const text = asString(values.applyEmail);
    if (!text) add("applyEmail", apprenticeshipMessages.applyEmailRequired);
    else if (!isEmailAddress(text)) add("applyEmail", emailFormatMessage);
  }

  const errors = apprenticeshipStaticRuleErrors({
    title: asString(values.title),
    level: asNumber(values.level),
    positions: asNumber(values.positions),
    weeklyHours: asNumber(values.weeklyHours),
    durationMonths: asNumber(values.durationMonths),
    wageType: values.wageType === "fixed" ? "fixed" : undefined,
    wageWeeklyPence,
    startDate: asString(values.startDate),
    closingDate: asString(values.closingDate),
  });
  for (const [field, message] of Object.entries(errors)) add(field, message);
}

export const apprenticeshipSchema = apprenticeshipObject
  .superRefine((raw, ctx) => checkApprenticeship(raw, ctx as IssueCtx), alwaysRun)
  // Keep only what the chosen options use, in one tidy form: "300.5" becomes
  // "300.50", a web address gets its https://.
  .overwrite((values) => {
    const pence = values.wageWeeklyPounds ? parsePoundsToPence(values.wageWeeklyPounds) : null;
    const url = values.applyUrl ? normaliseHttpsUrl(values.applyUrl) : null;
    return {
      ...values,
      wageWeeklyPounds:
        values.wageType === "fixed" && pence !== null ? penceToPoundsText(pence) : undefined,
      applyUrl: values.applyMethod === "external" && url && "url" in url ? url.url : undefined,
      applyEmail:
        values.applyMethod === "email" && values.applyEmail
          ? values.applyEmail.toLowerCase()
          : undefined,
    };
  });

/** One section of the vacancy (a page of its task list): only its fields, and only the checks between them. */
export function apprenticeshipSectionSchema(fields: readonly ApprenticeshipField[]) {
  return sectionSchemaOf(apprenticeshipObject.shape, checkApprenticeship, fields);
}

export type ApprenticeshipFormInput = z.input<typeof apprenticeshipSchema>;
export type ApprenticeshipValues = z.output<typeof apprenticeshipSchema>;

/** The parsed form as the rules see it: the wage in pence. */
export function toApprenticeshipRuleFields(values: ApprenticeshipValues): ApprenticeshipRuleFields {
  return {
    title: values.title,
    level: values.level,
    positions: values.positions,
    weeklyHours: values.weeklyHours,
    durationMonths: values.durationMonths,
    wageType: values.wageType,
    wageWeeklyPence: values.wageWeeklyPounds ? parsePoundsToPence(values.wageWeeklyPounds) : null,
    startDate: values.startDate,
    closingDate: values.closingDate,
  };
}

/**
 * All apprenticeship rules for a parsed form, judged on the server's `today`:
 * run after `apprenticeshipSchema` succeeds, before sending for checking or
 * publishing. `firstPublication` is true until the vacancy has first gone live.
 */
export function apprenticeshipSubmitErrors(
  values: ApprenticeshipValues,
  today: Date,
  firstPublication: boolean,
): ApprenticeshipRuleErrors {
  return apprenticeshipRuleErrors(toApprenticeshipRuleFields(values), today, firstPublication);
}

// ---------------------------------------------------------------------------
// Work-experience placement

const ageCheck = (message: string) => (age: number) =>
  age < placementAgeRange.min || age > placementAgeRange.max ? message : undefined;

const placementObject = z.object({
  title: requiredText({ required: "Enter a title", label: "Title", max: 100 }),
  description: requiredText({
    required: "Describe what the student will do and learn",
    label: "Description",
    max: 3000,
  }),
  sector: choice(sectorIds, "Select a sector"),
  dateMode: choice(placementDateModeIds, "Select fixed dates or a window of dates"),
  startDate: requiredDate({ required: "Enter a start date", label: "Start date" }),
  endDate: requiredDate({ required: "Enter an end date", label: "End date" }),
  daysAndHours: requiredText({
    required: "Enter the days and hours, for example Monday to Friday, 9am to 3pm",
    label: "Days and hours",
    max: 200,
  }),
  yearGroups: multiChoice(yearGroupIds, {
    required: placementMessages.noYearGroup,
    unknown: placementMessages.unknownYearGroup,
  }),
  minAge: optionalWholeNumber({
    notNumber: "Youngest age must be a whole number, like 14",
    check: ageCheck(placementMessages.minAgeRange),
  }),
  maxAge: optionalWholeNumber({
    notNumber: "Oldest age must be a whole number, like 16",
    check: ageCheck(placementMessages.maxAgeRange),
  }),
  places: wholeNumber({
    required: "Enter the number of places",
    notNumber: placementMessages.placesNotWhole,
    // The upper limit only catches typing slips.
    check: (n) => placesError(n) ?? (n > 100 ? "Number of places must be 100 or fewer" : undefined),
  }),
  format: choice(placementFormatIds, "Select in person, virtual or hybrid"),
  // Needed unless the placement is virtual: checked below.
  postcode: optionalPostcode(),
  localAuthority: optionalChoice(localAuthorityIds, "Select a local authority"),
  supervisorName: requiredText({
    required: "Enter the supervisor's name",
    label: "Supervisor's name",
    max: 100,
  }),
  accessibility: optionalText({ label: "Accessibility", max: 1000 }),
  dressCode: optionalText({ label: "Dress code", max: 300 }),
  travelNotes: optionalText({ label: "Travel notes", max: 1000 }),
  // The contact and first-day section may be saved part-way; all of it is
  // needed before the placement is sent for checking (contactMissing).
  contactIsSupervisor: checkbox(),
  contactName: optionalText({ label: "Contact's name", max: 100 }),
  contactRole: optionalText({ label: "Contact's job", max: 100 }),
  contactEmail: optionalEmailAddress(),
  contactPhone: optionalPhoneNumber(),
  workplaceAddress: optionalText({ label: "Workplace address", max: 300 }),
  firstDayDetails: optionalText({ label: "First-day details", max: 1000 }),
});

export type PlacementField = keyof typeof placementObject.shape;

/**
 * The checks across fields (a location unless virtual, dates, ages). `only`
 * limits them to one section's fields (a page of the placement's task list).
 */
function checkPlacement(raw: unknown, ctx: IssueCtx, only?: ReadonlySet<string>) {
  if (typeof raw !== "object" || raw === null) return;
  const values = raw as Values;
  const add = sectionIssueAdder(ctx, only);

  // A workplace the student travels to needs a location; null means left
  // empty (a badly typed postcode already has its own message).
  if (values.format !== "virtual") {
    if (values.postcode === null) add("postcode", postcodeMessages.required);
    if (values.localAuthority === null) add("localAuthority", "Select a local authority");
  }

  const errors = placementStaticRuleErrors({
    startDate: asString(values.startDate),
    endDate: asString(values.endDate),
    minAge: asNumber(values.minAge),
    maxAge: asNumber(values.maxAge),
  });
  for (const [field, message] of Object.entries(errors)) add(field, message);
}

export const placementSchema = placementObject.superRefine(
  (raw, ctx) => checkPlacement(raw, ctx as IssueCtx),
  alwaysRun,
);

/** One section of the placement (a page of its task list): only its fields, and only the checks between them. */
export function placementSectionSchema(fields: readonly PlacementField[]) {
  return sectionSchemaOf(placementObject.shape, checkPlacement, fields);
}

export type PlacementFormInput = z.input<typeof placementSchema>;
export type PlacementValues = z.output<typeof placementSchema>;

export function toPlacementRuleFields(values: PlacementValues): PlacementRuleFields {
  return {
    startDate: values.startDate,
    endDate: values.endDate,
    places: values.places,
    yearGroups: values.yearGroups,
    minAge: values.minAge,
    maxAge: values.maxAge,
  };
}

/** All placement rules for a parsed form, judged on the server's `today`. */
export function placementSubmitErrors(values: PlacementValues, today: Date): PlacementRuleErrors {
  return placementRuleErrors(toPlacementRuleFields(values), today);
}

/**
 * The safeguarding page. It may be saved part-way (an SME without its
 * insurance details to hand keeps what it typed): each answer is checked when
 * given, and the page saves those that pass (`parseFormPart`). What is still
 * missing is `safeguardingComplete`, which knows the staff count and the
 * placement's end date; it must be empty before the placement is sent for checking.
 */
export const safeguardingSchema = z.object({
  insuranceConfirmed: checkbox(),
  insurer: optionalText({ label: "Insurer's name", max: 150 }),
  // The GOV.UK date input (components/forms/date-input.tsx), as every date field.
  insuranceExpiry: optionalDate({ label: "The date your insurance ends" }),
  insuranceCoverPounds: optionalPoundsAmount({
    notNumber: "Cover must be an amount in pounds, like 5,000,000",
    check: (pounds) =>
      pounds < minimumEmployersLiabilityCoverPounds ? safeguardingMessages.coverTooLow : undefined,
  }),
  riskAssessmentReviewed: checkbox(),
  // Only asked of employers with 5 or more staff, so it may be left out.
  riskAssessmentWritten: optionalChoice(yesNo, "Select yes or no"),
  dbsNeeded: optionalChoice(yesNo, safeguardingMessages.noDbsAnswer),
  safeguardingContactName: optionalText({ label: "Safeguarding contact's name", max: 100 }),
  safeguardingContactPhoneOrEmail: optionalText({
    label: "Phone number or email address",
    max: 254,
  }).refine((text) => text === null || isPhoneOrEmail(text), {
    error: "Enter a real phone number or email address",
  }),
  // Asked only when the size band cannot tell (a micro firm): see staffCountFor.
  staffCount: optionalWholeNumber({
    notNumber: "Number of staff must be a whole number, like 3",
    check: (n) => (n < 1 || n > 100_000 ? "Enter how many staff you have, like 3" : undefined),
  }),
});

export type SafeguardingFormInput = z.input<typeof safeguardingSchema>;
export type SafeguardingValues = z.output<typeof safeguardingSchema>;

// ---------------------------------------------------------------------------
// A school's request for places. No student names or personal data at this
// stage (PRODUCT.md §2), so the request holds only what the employer needs,
// and the careers lead's own phone, which the employer sees once it accepts.

export const placementRequestSchema = z.object({
  places: wholeNumber({
    required: "Enter how many places you need",
    notNumber: "Number of places must be a whole number, like 2",
    check: (n) =>
      n < 1
        ? "Ask for at least 1 place"
        : n > maximumPlacesPerRequest
          ? `You can ask for up to ${maximumPlacesPerRequest} places at a time`
          : undefined,
  }),
  yearGroup: choice(yearGroupIds, "Select the year group"),
  accessNeeds: optionalText({ label: "Access needs", max: 500 }),
  note: optionalText({ label: "Note", max: 1000 }),
  contactPhone: optionalPhoneNumber(),
});

export type PlacementRequestValues = z.output<typeof placementRequestSchema>;

// ---------------------------------------------------------------------------
// Small decision forms, each posting a named `intent` (STYLE.md convention 8).

export const answerRequestSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("accept"),
      placesAccepted: wholeNumber({
        required: "Enter how many places you can offer",
        notNumber: "Number of places must be a whole number, like 2",
        check: (n) => (n < 1 ? "Accept at least 1 place" : undefined),
      }),
    }),
    z.object({
      intent: z.literal("decline"),
      reason: requiredText({
        required: "Enter a reason for declining",
        label: "Reason",
        max: 1000,
      }),
    }),
  ],
  { error: "Select accept or decline" },
);

export type AnswerRequestValues = z.output<typeof answerRequestSchema>;

export const reviewDecisionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("approve") }),
    z.object({ intent: z.literal("verify-and-approve") }),
    z.object({
      intent: z.literal("request-changes"),
      reason: requiredText({ required: "Enter what needs to change", label: "Reason", max: 1000 }),
    }),
  ],
  { error: "Select approve or ask for changes" },
);

export type ReviewDecisionValues = z.output<typeof reviewDecisionSchema>;

export const closePostingSchema = z.object({
  reason: optionalText({ label: "Reason", max: 1000 }),
});

export type ClosePostingValues = z.output<typeof closePostingSchema>;

// ---------------------------------------------------------------------------
// The thread on a placement request, and a concern raised with the partnership.

export const placementMessageSchema = z.object({
  intent: z.literal("message"),
  body: requiredText({ required: "Write your message", label: "Message", max: messageMaxLength }),
});

export const concernSchema = z.object({
  intent: z.literal("concern"),
  details: requiredText({
    required: "Say what worries you",
    label: "What worries you",
    max: 2000,
  }),
});

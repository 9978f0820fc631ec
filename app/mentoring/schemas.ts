// One zod schema per mentoring form, used by react-hook-form in the browser and
// by the action on the server. Inputs are what either side sends: FormData
// strings (numbers and dates as text, a checkbox "on" or absent, a field with
// several values as a list or a single string) or react-hook-form values
// (booleans for checkboxes, `false` for an empty checkbox group).
//
// Text is kept as typed, HTML and all: pages escape it when they render it.

import { z } from "zod";
import { localAuthorityIds } from "../organisations/reference-data";
import { dimensionIds, dimensionNames, edsAreaIds } from "../readiness/dimensions";
import { meetingFormats, offerKinds, offerSchedules } from "./options";
import type { WeakDimension } from "../readiness/scoring";
import { parseDateInput, ukDateString, ukDateTimeToDate } from "./uk-time";

// ---------------------------------------------------------------------------
// Field helpers

/**
 * Browsers count a line break in a textarea as one character but post it as
 * two (CRLF); normalise so the server counts as the browser did.
 */
function cleanText(value: string | null | undefined): string {
  return (value ?? "").replace(/\r\n?/g, "\n").trim();
}

interface TextRules {
  required: string;
  max: number;
  tooLong: string;
  min?: number;
  tooShort?: string;
}

function requiredText(rules: TextRules) {
  return z
    .string({ error: rules.required })
    .nullish()
    .transform((raw, ctx) => {
      const value = cleanText(raw);
      if (value === "") {
        ctx.addIssue({ code: "custom", message: rules.required });
        return z.NEVER;
      }
      if (rules.min !== undefined && value.length < rules.min) {
        ctx.addIssue({ code: "custom", message: rules.tooShort ?? rules.required });
        return z.NEVER;
      }
      if (value.length > rules.max) {
        ctx.addIssue({ code: "custom", message: rules.tooLong });
        return z.NEVER;
      }
      return value;
    });
}

/** Optional text: empty becomes null, so an update clears the old value. */
function optionalText(rules: { max: number; tooLong: string; invalid?: string }) {
  return z
    .string({ error: rules.invalid ?? rules.tooLong })
    .nullish()
    .transform((raw, ctx) => {
      const value = cleanText(raw);
      if (value.length > rules.max) {
        ctx.addIssue({ code: "custom", message: rules.tooLong });
        return z.NEVER;
      }
      return value === "" ? null : value;
    });
}

interface NumberRules {
  min: number;
  max: number;
  required: string;
  notWhole: string;
  outOfRange: string;
}

/** A whole number typed as text (or given as a number by react-hook-form). */
function wholeNumber(rules: NumberRules) {
  return z
    .union([z.string(), z.number()], { error: rules.required })
    .nullish()
    .transform((raw, ctx) => {
      const text =
        typeof raw === "number" ? (Number.isNaN(raw) ? "" : String(raw)) : (raw ?? "").trim();
      if (text === "") {
        ctx.addIssue({ code: "custom", message: rules.required });
        return z.NEVER;
      }
      if (!/^\d+$/.test(text)) {
        ctx.addIssue({ code: "custom", message: rules.notWhole });
        return z.NEVER;
      }
      const value = Number(text);
      if (value < rules.min || value > rules.max) {
        ctx.addIssue({ code: "custom", message: rules.outOfRange });
        return z.NEVER;
      }
      return value;
    });
}

/** One choice from a fixed list (radio buttons or a select). */
function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** An optional choice: "" or absent becomes null. */
function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
) {
  return z
    .union([z.literal(""), z.enum(values)], { error: message })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Several choices (checkboxes): a single value, a list, or nothing; duplicates dropped. */
function multiChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  rules: { invalid: string; atLeastOne?: string },
) {
  const list = z.array(z.enum(values, { error: rules.invalid }));
  return z
    .union([z.string(), z.array(z.string()), z.literal(false)], { error: rules.invalid })
    .nullish()
    .transform((raw) => {
      const items = raw === null || raw === undefined || raw === false ? [] : [raw].flat();
      return [...new Set(items.filter((item) => item !== ""))];
    })
    .pipe(rules.atLeastOne ? list.min(1, rules.atLeastOne) : list);
}

/** A checkbox: FormData sends "on" (or its value) or nothing; react-hook-form sends a boolean. */
const checkbox = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((value) =>
    typeof value === "string" ? !["", "false", "off"].includes(value) : value === true,
  );

/** A datetime-local value read as UK time; empty becomes null (whether it is needed is checked by the form). */
function optionalDateTime(invalid: string) {
  return z
    .string({ error: invalid })
    .nullish()
    .transform((raw, ctx) => {
      const text = (raw ?? "").trim();
      if (text === "") return null;
      const date = ukDateTimeToDate(text);
      if (!date) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return date;
    });
}

const formatMessage = "Choose how you can meet";
const placeMessage = "Choose a place from the list";

// ---------------------------------------------------------------------------
// Mentor profile

export const mentorProfileSchema = z.object({
  role: requiredText({
    required: "Enter your job title",
    max: 100,
    tooLong: "Your job title must be 100 characters or fewer",
  }),
  bio: requiredText({
    required: "Enter a short bio",
    max: 600,
    tooLong: "Your bio must be 600 characters or fewer",
  }),
  expertise: multiChoice(dimensionIds, {
    invalid: "Choose areas from the list",
    atLeastOne: "Choose at least one area you can help with",
  }),
  edsAreas: multiChoice(edsAreaIds, { invalid: "Choose skills from the list" }),
  capacity: wholeNumber({
    min: 1,
    max: 10,
    required: "Enter how many firms you can mentor at once",
    notWhole: "Enter a whole number, like 3",
    outOfRange: "You can mentor between 1 and 10 firms at once",
  }),
  format: choice(meetingFormats, formatMessage),
  localAuthority: optionalChoice(localAuthorityIds, placeMessage),
  takingRequests: checkbox,
});
export type MentorProfileInput = z.input<typeof mentorProfileSchema>;
export type MentorProfile = z.output<typeof mentorProfileSchema>;

// ---------------------------------------------------------------------------
// Upskilling offer

export const offerSchema = z
  .object({
    title: requiredText({
      required: "Enter a title",
      max: 120,
      tooLong: "Your title must be 120 characters or fewer",
    }),
    description: requiredText({
      required: "Enter a description",
      max: 2000,
      tooLong: "Your description must be 2000 characters or fewer",
    }),
    kind: choice(offerKinds, "Choose the kind of offer"),
    dimensions: multiChoice(dimensionIds, {
      invalid: "Choose areas from the list",
      atLeastOne: "Choose at least one area this offer helps with",
    }),
    schedule: choice(offerSchedules, "Choose whether it runs on set dates or any time"),
    startsAt: optionalDateTime("Enter a real start date and time"),
    endsAt: optionalDateTime("Enter a real end date and time"),
    format: choice(meetingFormats, "Choose how it runs"),
    location: optionalText({ max: 200, tooLong: "The place must be 200 characters or fewer" }),
    // Not on every form: lets the ranking favour in-person offers near the SME.
    localAuthority: optionalChoice(localAuthorityIds, placeMessage),
    seats: wholeNumber({
      min: 1,
      max: 500,
      required: "Enter the number of seats",
      notWhole: "Enter a whole number, like 20",
      outOfRange: "Seats must be between 1 and 500",
    }),
  })
  .superRefine(
    (offer, ctx) => {
      // Runs even when other fields failed, so every error shows at once; a
      // field that failed holds no usable value here, hence the checks by type.
      if (offer.schedule === "dated") {
        if (offer.startsAt === null) {
          ctx.addIssue({
            code: "custom",
            path: ["startsAt"],
            message: "Enter the start date and time",
          });
        }
        if (offer.endsAt === null) {
          ctx.addIssue({
            code: "custom",
            path: ["endsAt"],
            message: "Enter the end date and time",
          });
        }
        if (
          offer.startsAt instanceof Date &&
          offer.endsAt instanceof Date &&
          offer.endsAt.getTime() <= offer.startsAt.getTime()
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["endsAt"],
            message: "The end must be after the start",
          });
        }
      }
      if ((offer.format === "in-person" || offer.format === "either") && offer.location === null) {
        ctx.addIssue({ code: "custom", path: ["location"], message: "Enter where it takes place" });
      }
    },
    { when: () => true },
  )
  .transform((offer) => ({
    ...offer,
    // Dates and a place only mean something for dated and in-person offers.
    startsAt: offer.schedule === "dated" ? offer.startsAt : null,
    endsAt: offer.schedule === "dated" ? offer.endsAt : null,
    location: offer.format === "online" ? null : offer.location,
  }));
export type OfferInput = z.input<typeof offerSchema>;
export type Offer = z.output<typeof offerSchema>;

// ---------------------------------------------------------------------------
// Mentoring request

export const mentoringRequestSchema = z.object({
  goals: requiredText({
    required: "Enter your goals",
    min: 20,
    tooShort: "Your goals must be at least 20 characters",
    max: 1500,
    tooLong: "Your goals must be 1500 characters or fewer",
  }),
  preferredFormat: choice(meetingFormats, "Choose how you would like to meet"),
});
export type MentoringRequestInput = z.input<typeof mentoringRequestSchema>;
export type MentoringRequest = z.output<typeof mentoringRequestSchema>;

/** Goals text to start the request form with, from the SME's weakest areas. Empty with no gaps. */
export function defaultGoalsFromGaps(weakest: readonly WeakDimension[]): string {
  if (weakest.length === 0) return "";
  const lines = weakest.map(
    ({ dimension, score }) =>
      `- ${dimensionNames[dimension]} (score ${Math.round(score)} out of 100)`,
  );
  return [
    "Our readiness check shows we most need help with:",
    ...lines,
    "",
    "What we would like to change:",
  ].join("\n");
}

// ---------------------------------------------------------------------------
// Declining and ending

export const declineSchema = z.object({
  reason: requiredText({
    required: "Enter a reason for declining",
    max: 500,
    tooLong: "Your reason must be 500 characters or fewer",
  }),
});
export type Decline = z.output<typeof declineSchema>;

export const endRelationshipSchema = z.object({
  reason: requiredText({
    required: "Enter a reason for ending mentoring",
    max: 500,
    tooLong: "Your reason must be 500 characters or fewer",
  }),
});
export type EndRelationship = z.output<typeof endRelationshipSchema>;

// ---------------------------------------------------------------------------
// Session log

/** Agreed actions, one a line: blank lines dropped, list marks ("-", "*", "•") taken off. */
function actionLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*(?:[-*•]\s+)?/, "").trim())
    .filter((line) => line !== "");
}

export const sessionLogSchema = z.object({
  // Output is the session's calendar day at midnight UTC, which reads as the
  // same day in the UK.
  date: z
    .string({ error: "Enter the date of the session" })
    .nullish()
    .transform((raw, ctx) => {
      const text = (raw ?? "").trim();
      if (text === "") {
        ctx.addIssue({ code: "custom", message: "Enter the date of the session" });
        return z.NEVER;
      }
      const day = parseDateInput(text);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "Enter a real date" });
        return z.NEVER;
      }
      // Compared as UK calendar dates when the form is checked, not when it loaded.
      if (text > ukDateString(new Date())) {
        ctx.addIssue({ code: "custom", message: "The date cannot be in the future" });
        return z.NEVER;
      }
      return new Date(Date.UTC(day.year, day.month - 1, day.day));
    }),
  minutes: wholeNumber({
    min: 15,
    max: 480,
    required: "Enter how long the session lasted, in minutes",
    notWhole: "Enter a whole number of minutes, like 60",
    outOfRange: "A session must be between 15 and 480 minutes",
  }),
  topics: requiredText({
    required: "Enter what you talked about",
    max: 1000,
    tooLong: "Topics must be 1000 characters or fewer",
  }),
  actions: optionalText({
    max: 2000,
    tooLong: "Actions must be 2000 characters or fewer",
  }).transform((text) => (text === null ? [] : actionLines(text))),
});
export type SessionLogInput = z.input<typeof sessionLogSchema>;
export type SessionLog = z.output<typeof sessionLogSchema>;

// ---------------------------------------------------------------------------
// Messages, feedback, booking

export const messageSchema = z.object({
  body: requiredText({
    required: "Enter a message",
    max: 2000,
    tooLong: "Your message must be 2000 characters or fewer",
  }),
});
export type Message = z.output<typeof messageSchema>;

export const feedbackSchema = z.object({
  rating: wholeNumber({
    min: 1,
    max: 5,
    required: "Choose a rating from 1 to 5",
    notWhole: "Choose a rating from 1 to 5",
    outOfRange: "Choose a rating from 1 to 5",
  }),
  comment: optionalText({
    max: 1000,
    tooLong: "Your comment must be 1000 characters or fewer",
  }),
});
export type Feedback = z.output<typeof feedbackSchema>;

export const bookingSchema = z.object({
  seats: wholeNumber({
    min: 1,
    max: 5,
    required: "Enter how many seats you need",
    notWhole: "Enter a whole number, like 2",
    outOfRange: "You can book between 1 and 5 seats",
  }),
});
export type Booking = z.output<typeof bookingSchema>;

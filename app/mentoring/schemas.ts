// One zod schema per mentoring form, used by react-hook-form in the browser and
// by the action on the server. Inputs are what either side sends: FormData
// strings (numbers and dates as text, a checkbox "on" or absent, a field with
// several values as a list or a single string) or react-hook-form values
// (booleans for checkboxes, `false` for an empty checkbox group).
//
// Text is kept as typed, HTML and all: pages escape it when they render it.

import { z } from "zod";
import {
  between,
  checkbox,
  choice,
  multiChoice,
  normaliseHttpsUrl,
  optionalChoice,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
  wholeNumber,
} from "~/forms/fields";
import { localAuthorityIds } from "../organisations/reference-data";
import { dimensionIds, dimensionNames, edsAreaIds } from "../readiness/dimensions";
import {
  dayToDate,
  isAfterUkToday,
  isIsoDate,
  parseTimeInput,
  ukDayAndTimeToDate,
  type IsoDate,
} from "../time/uk-time";
import { MEETING_MINUTES } from "./meeting-state";
import { meetingFormats, offerKinds, offerSchedules } from "./options";
import type { WeakDimension } from "~/readiness/scoring";

// ---------------------------------------------------------------------------
// Field helpers: every kind of field comes from app/forms/fields.ts, except a
// time of day, which needs uk-time.ts.

/** A time of day typed in a text box ("9:30am", "14:00") as "HH:MM"; empty becomes null (whether it is needed is checked by the form). */
function optionalTime(invalid: string) {
  return z
    .string({ error: invalid })
    .nullish()
    .transform((raw, ctx) => {
      const text = (raw ?? "").trim();
      if (text === "") return null;
      const time = parseTimeInput(text);
      if (!time) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return time;
    });
}

/**
 * A London day and time as an instant, or null unless both are real. In a
 * refinement that runs after other fields failed, a failed field holds what was
 * typed, so both are checked again here.
 */
function instantOf(day: unknown, time: unknown): Date | null {
  if (typeof day !== "string" || !isIsoDate(day) || typeof time !== "string") return null;
  const hhmm = parseTimeInput(time);
  return hhmm ? ukDayAndTimeToDate(day as IsoDate, hhmm) : null;
}

const formatMessage = "Choose how you can meet";
const placeMessage = "Choose a place from the list";

// ---------------------------------------------------------------------------
// Mentor profile

export const mentorProfileSchema = z.object({
  role: requiredText({
    required: "Enter your job title",
    max: 100,
    label: "Your job title",
  }),
  bio: requiredText({
    required: "Enter a short bio",
    max: 600,
    label: "Your bio",
  }),
  expertise: multiChoice(dimensionIds, {
    unknown: "Choose areas from the list",
    required: "Choose at least one area you can help with",
  }),
  edsAreas: multiChoice(edsAreaIds, { unknown: "Choose skills from the list" }),
  capacity: wholeNumber({
    required: "Enter how many firms you can mentor at once",
    notNumber: "Enter a whole number, like 3",
    check: between(1, 10, "You can mentor between 1 and 10 firms at once"),
  }),
  format: choice(meetingFormats, formatMessage),
  localAuthority: optionalChoice(localAuthorityIds, placeMessage),
  takingRequests: checkbox(),
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
      label: "Your title",
    }),
    description: requiredText({
      required: "Enter a description",
      max: 2000,
      label: "Your description",
    }),
    kind: choice(offerKinds, "Choose the kind of offer"),
    dimensions: multiChoice(dimensionIds, {
      unknown: "Choose areas from the list",
      required: "Choose at least one area this offer helps with",
    }),
    schedule: choice(offerSchedules, "Choose whether it runs on set dates or any time"),
    // A GOV.UK date input and a time typed as people write it, read as UK time.
    startDate: optionalDate({ label: "Start date" }),
    startTime: optionalTime("Enter a real start time, like 9:30am or 14:00"),
    endDate: optionalDate({ label: "End date" }),
    endTime: optionalTime("Enter a real end time, like 11am or 16:30"),
    format: choice(meetingFormats, "Choose how it runs"),
    location: optionalText({ max: 200, label: "The place" }),
    joinUrl: optionalText({ max: 500, label: "The joining link" }),
    // Not on every form: lets the ranking favour in-person offers near the SME.
    localAuthority: optionalChoice(localAuthorityIds, placeMessage),
    seats: wholeNumber({
      required: "Enter the number of seats",
      notNumber: "Enter a whole number, like 20",
      check: between(1, 500, "Seats must be between 1 and 500"),
    }),
  })
  .superRefine(
    (offer, ctx) => {
      // Runs even when other fields failed, so every error shows at once; a
      // field that failed holds no usable value here, hence the checks by type.
      if (offer.schedule === "dated") {
        const missing = [
          ["startDate", offer.startDate, "Enter the start date"],
          ["startTime", offer.startTime, "Enter a start time"],
          ["endDate", offer.endDate, "Enter the end date"],
          ["endTime", offer.endTime, "Enter an end time"],
        ] as const;
        for (const [field, value, message] of missing) {
          if (value === null) ctx.addIssue({ code: "custom", path: [field], message });
        }
        const startsAt = instantOf(offer.startDate, offer.startTime);
        const endsAt = instantOf(offer.endDate, offer.endTime);
        if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) {
          // The box at fault: the day when it is before the start's, else the time.
          const sameOrLaterDay = (offer.endDate as IsoDate) >= (offer.startDate as IsoDate);
          ctx.addIssue({
            code: "custom",
            path: [sameOrLaterDay ? "endTime" : "endDate"],
            message: sameOrLaterDay
              ? "End time must be after the start time"
              : "End date must be the same as or after the start date",
          });
        }
      }
      if ((offer.format === "in-person" || offer.format === "either") && offer.location === null) {
        ctx.addIssue({ code: "custom", path: ["location"], message: "Enter where it takes place" });
      }
      if (typeof offer.joinUrl === "string" && offer.format !== "in-person") {
        const url = normaliseHttpsUrl(offer.joinUrl);
        if ("problem" in url)
          ctx.addIssue({
            code: "custom",
            path: ["joinUrl"],
            message:
              url.problem === "not-https"
                ? "The joining link must start with https://"
                : "Enter a real web address, like https://meet.example.com/abc",
          });
      }
    },
    { when: () => true },
  )
  .transform(({ startDate, startTime, endDate, endTime, ...offer }) => ({
    ...offer,
    // Dates and a place only mean something for dated and in-person offers.
    startsAt: offer.schedule === "dated" ? instantOf(startDate, startTime) : null,
    endsAt: offer.schedule === "dated" ? instantOf(endDate, endTime) : null,
    location: offer.format === "online" ? null : offer.location,
    // Only offers that run online can be joined by a link.
    joinUrl: offer.format === "in-person" ? null : joinLink(offer.joinUrl),
  }));

function joinLink(text: string | null): string | null {
  if (text === null) return null;
  const url = normaliseHttpsUrl(text);
  return "url" in url ? url.url : null;
}
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
    label: "Your goals",
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

/** Declining and ending take the same reason, shown to the other side; only the message for a missing one differs. */
function reasonSchema(required: string) {
  return z.object({ reason: requiredText({ required, max: 500, label: "Your reason" }) });
}

export const declineSchema = reasonSchema("Enter a reason for declining");
export type Decline = z.output<typeof declineSchema>;

export const endRelationshipSchema = reasonSchema("Enter a reason for ending mentoring");
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
  date: requiredDate({
    label: "Date of the session",
    required: "Enter the date of the session",
  }).transform((day, ctx) => {
    // Compared as UK calendar dates when the form is checked, not when it loaded.
    if (isAfterUkToday(day, new Date())) {
      ctx.addIssue({ code: "custom", message: "The date cannot be in the future" });
      return z.NEVER;
    }
    return dayToDate(day);
  }),
  minutes: wholeNumber({
    required: "Enter how long the session lasted, in minutes",
    notNumber: "Enter a whole number of minutes, like 60",
    check: between(15, 480, "A session must be between 15 and 480 minutes"),
  }),
  topics: requiredText({
    required: "Enter what you talked about",
    max: 1000,
    label: "Topics",
  }),
  actions: optionalText({
    max: 2000,
    label: "Actions",
  }).transform((text) => (text === null ? [] : actionLines(text))),
});
export type SessionLogInput = z.input<typeof sessionLogSchema>;
export type SessionLog = z.output<typeof sessionLogSchema>;

// ---------------------------------------------------------------------------
// A planned session (a date, a start time and a length, read as UK time)

/** Text that must be there and must read as `parse` says; the error names what to type. */
function typedValue(required: string, invalid: string, parse: (text: string) => string | null) {
  return z
    .string({ error: required })
    .nullish()
    .transform((raw, ctx) => {
      const text = (raw ?? "").trim();
      const value = text === "" ? null : parse(text);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: text === "" ? required : invalid });
        return z.NEVER;
      }
      return value;
    });
}

export const meetingSchema = z
  .object({
    date: requiredDate({ label: "Date", required: "Enter the date of the session" }),
    time: typedValue(
      "Enter the time it starts",
      "Enter a real time, like 2:30pm or 14:30",
      parseTimeInput,
    ),
    minutes: wholeNumber({
      required: "Enter how long the session will last, in minutes",
      notNumber: "Enter a whole number of minutes, like 60",
      check: between(
        MEETING_MINUTES.min,
        MEETING_MINUTES.max,
        `A session must be between ${MEETING_MINUTES.min} and ${MEETING_MINUTES.max} minutes`,
      ),
    }),
    location: optionalText({ max: 200, label: "The place" }),
    joinUrl: optionalText({ max: 500, label: "The joining link" }),
  })
  .superRefine(
    (meeting, ctx) => {
      // Runs even when other fields failed (every error shows at once), so each value is checked by type.
      if (typeof meeting.date === "string" && typeof meeting.time === "string") {
        const startsAt = ukDayAndTimeToDate(meeting.date, meeting.time);
        // Checked against the clock when the form is sent, not when the page loaded.
        if (startsAt && startsAt.getTime() <= Date.now()) {
          ctx.addIssue({
            code: "custom",
            path: ["date"],
            message: "The session must be in the future",
          });
        }
      }
      if (typeof meeting.joinUrl === "string") {
        const url = normaliseHttpsUrl(meeting.joinUrl);
        if ("problem" in url)
          ctx.addIssue({
            code: "custom",
            path: ["joinUrl"],
            message:
              url.problem === "not-https"
                ? "The joining link must start with https://"
                : "Enter a real web address, like https://meet.example.com/abc",
          });
      }
      if (meeting.location === null && meeting.joinUrl === null) {
        ctx.addIssue({
          code: "custom",
          path: ["location"],
          message: "Enter where you will meet, or a joining link",
        });
      }
    },
    { when: () => true },
  )
  .transform(({ date, time, minutes, location, joinUrl }) => {
    const startsAt = ukDayAndTimeToDate(date, time)!;
    return {
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      location,
      joinUrl: joinLink(joinUrl),
    };
  });
export type MeetingInput = z.input<typeof meetingSchema>;
export type Meeting = z.output<typeof meetingSchema>;

// ---------------------------------------------------------------------------
// Messages, feedback, booking

export const messageSchema = z.object({
  body: requiredText({
    required: "Enter a message",
    max: 2000,
    label: "Your message",
  }),
});
export type Message = z.output<typeof messageSchema>;

export const feedbackSchema = z.object({
  rating: wholeNumber({
    required: "Choose a rating from 1 to 5",
    notNumber: "Choose a rating from 1 to 5",
    check: between(1, 5, "Choose a rating from 1 to 5"),
  }),
  comment: optionalText({
    max: 1000,
    label: "Your comment",
  }),
});
export type Feedback = z.output<typeof feedbackSchema>;

export const bookingSchema = z.object({
  seats: wholeNumber({
    required: "Enter how many seats you need",
    notNumber: "Enter a whole number, like 2",
    check: between(1, 5, "You can book between 1 and 5 seats"),
  }),
});
export type Booking = z.output<typeof bookingSchema>;

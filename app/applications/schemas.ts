// One schema per application page, used by the browser's checker and the
// server's action alike (docs/decisions/009).
import { z } from "zod";
import {
  choice,
  emailAddress,
  fail,
  optionalChoice,
  optionalText,
  requiredText,
} from "~/forms/fields";
import { localAuthorityIds } from "~/organisations/reference-data";
import {
  ANSWER_MAX_LENGTH,
  MAX_QUALIFICATIONS,
  QUESTION_MAX_LENGTH,
  WHY_MAX_LENGTH,
  activityName,
  currentActivities,
  levelName,
  qualificationLevels,
  readQualifications,
} from "./answer-options";

// Re-exported for the server side; pages import them from ./answer-options, which has no zod.
export {
  ANSWER_MAX_LENGTH,
  MAX_QUALIFICATIONS,
  QUESTION_MAX_LENGTH,
  WHY_MAX_LENGTH,
  activityName,
  currentActivities,
  levelName,
  qualificationLevels,
  readQualifications,
};

const activityIds = currentActivities.map((a) => a.id) as [string, ...string[]];
const levelIds = qualificationLevels.map((l) => l.id) as [string, ...string[]];

/** The first page: the address we send the link to. */
export const startSchema = z.object({
  email: emailAddress({ required: "Enter your email address" }),
});

export const nameSchema = z.object({
  name: requiredText({ required: "Enter your name", label: "Your name", max: 100 }),
});

export const phoneSchema = z.object({
  phone: optionalText({ label: "Phone number", max: 30 }).transform((value, ctx) => {
    if (value === null) return null;
    const digits = value.replace(/\D/g, "").length;
    if (!/^\+?[\d\s()-]+$/.test(value) || digits < 10 || digits > 13)
      return fail(ctx, "Enter a phone number, like 07700 900 982, or leave it empty");
    return value;
  }),
});

/** The first half of a UK postcode: "B15", "WV1", "CV10". */
export function normaliseOutcode(text: string): string | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : null;
}

export const areaMessages = {
  required: "Choose where you live, or enter the first half of your postcode",
  notOutcode: "Enter only the first half of your postcode, like B15",
} as const;

export const areaSchema = z
  .object({
    localAuthority: optionalChoice(localAuthorityIds, "Choose where you live from the list"),
    outcode: z
      .string()
      .nullish()
      .transform((raw, ctx): string | null => {
        const text = (raw ?? "").trim();
        if (text === "") return null;
        return normaliseOutcode(text) ?? fail(ctx, areaMessages.notOutcode);
      }),
  })
  .superRefine((values, ctx) => {
    if (!values.localAuthority && !values.outcode)
      ctx.addIssue({ code: "custom", path: ["localAuthority"], message: areaMessages.required });
  });

export const nowSchema = z.object({
  currentActivity: choice(activityIds, "Choose what you are doing now"),
});

export const qualificationSchema = z.object({
  subject: requiredText({ required: "Enter the subject", label: "Subject", max: 100 }),
  grade: requiredText({ required: "Enter the grade, or 'pass'", label: "Grade", max: 30 }),
  level: choice(levelIds, "Choose the level"),
});
export type Qualification = z.output<typeof qualificationSchema>;

export const whySchema = z.object({
  whyThis: requiredText({
    required: "Tell the employer why you want this apprenticeship",
    label: "Your answer",
    max: WHY_MAX_LENGTH,
  }),
});

function answerField(n: number) {
  return requiredText({
    required: `Answer question ${n}`,
    label: `Your answer to question ${n}`,
    max: ANSWER_MAX_LENGTH,
  });
}

// Built once per number of questions, so the browser's checker keeps one schema per page.
const answersSchemas = [
  z.object({}),
  z.object({ answer1: answerField(1) }),
  z.object({ answer1: answerField(1), answer2: answerField(2) }),
  z.object({ answer1: answerField(1), answer2: answerField(2), answer3: answerField(3) }),
] as const;

/** The employer's questions page, for a vacancy with `count` questions (0 to 3). */
export function answersSchema(count: number) {
  return answersSchemas[Math.max(0, Math.min(3, count))] ?? answersSchemas[0];
}

export const adjustmentsSchema = z.object({
  adjustments: optionalText({ label: "Your answer", max: 1000 }),
});

export const guaranteedInterviewSchema = z.object({
  guaranteedInterview: choice(["yes", "no"], "Choose yes or no").transform((v) => v === "yes"),
});

/** The schema of each one-question page (qualifications has its own page and forms). */
export function stepSchema(
  step:
    | "name"
    | "phone"
    | "area"
    | "now"
    | "why"
    | "questions"
    | "adjustments"
    | "guaranteed-interview",
  questionCount: number,
) {
  switch (step) {
    case "name":
      return nameSchema;
    case "phone":
      return phoneSchema;
    case "area":
      return areaSchema;
    case "now":
      return nowSchema;
    case "why":
      return whySchema;
    case "questions":
      return answersSchema(questionCount);
    case "adjustments":
      return adjustmentsSchema;
    case "guaranteed-interview":
      return guaranteedInterviewSchema;
  }
}

/** The forms on the qualifications page. */
export const qualificationsActionSchema = z.discriminatedUnion("intent", [
  qualificationSchema.extend({ intent: z.literal("add") }),
  z.object({ intent: z.literal("remove"), index: z.coerce.number().int().min(0) }),
  z.object({ intent: z.literal("none") }),
  z.object({ intent: z.literal("continue") }),
]);

// The employer's forms on the applications pages (client-safe, so the pages can
// check them in the browser with the same schemas).
import { z } from "zod";
import { choice, fail, optionalText, requiredText } from "~/forms/fields";

import { FEEDBACK_MAX_LENGTH, REPORT_MAX_LENGTH } from "./answer-options";

export { FEEDBACK_MAX_LENGTH, REPORT_MAX_LENGTH };

const feedback = optionalText({ label: "Feedback", max: FEEDBACK_MAX_LENGTH });

/** Ticked rows: one id, several, or none. */
const chosenIds = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((raw, ctx): string[] => {
    const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((id) => id !== "");
    if (ids.length === 0) return fail(ctx, "Choose at least one application");
    if (ids.length > 200) return fail(ctx, "Choose 200 applications or fewer at a time");
    return ids;
  });

export const bulkUnsuccessfulSchema = z.object({ ids: chosenIds, feedback });

export const applicationsListSchema = z.discriminatedUnion("intent", [
  bulkUnsuccessfulSchema.extend({ intent: z.literal("unsuccessful") }),
  z.object({ intent: z.literal("close-early") }),
]);

export const moveSteps = ["reviewing", "interviewing", "offered", "hired"] as const;

export const unsuccessfulSchema = z.object({ feedback });

export const reportSchema = z.object({
  details: requiredText({
    required: "Say what worries you about this application",
    label: "What worries you",
    max: REPORT_MAX_LENGTH,
  }),
});

export const applicationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("move"), to: choice(moveSteps, "Choose where to move it") }),
  unsuccessfulSchema.extend({ intent: z.literal("unsuccessful") }),
  reportSchema.extend({ intent: z.literal("report") }),
]);

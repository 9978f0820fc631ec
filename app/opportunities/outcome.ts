// After a placement: how many students came, a short comment, and (for the
// employer) whether they would host again. Numbers only, no student names.
import { z } from "zod";
import { choice, optionalText, wholeNumber } from "~/forms/fields";

const attended = wholeNumber({
  required: "Enter how many students came",
  notNumber: "Number of students must be a whole number, like 2",
});

export const schoolOutcomeSchema = z.object({
  intent: z.literal("school-outcome"),
  attended,
  feedback: optionalText({ label: "Feedback", max: 1000 }),
});

export const employerOutcomeSchema = z.object({
  intent: z.literal("employer-outcome"),
  attended,
  feedback: optionalText({ label: "Feedback", max: 1000 }),
  wouldHostAgain: choice(["yes", "no"], "Select whether you would host a placement again"),
});

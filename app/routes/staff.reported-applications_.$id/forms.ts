// The close form on a reported application's staff page, in its own module so
// the page loads it (and zod) only when the form is first used (decision 006).
import { z } from "zod";
import { choice, requiredText } from "~/forms/fields";
import { concernNoteMaxLength, concernOutcomes } from "~/opportunities/concerns";

export const closeReportSchema = z.object({
  outcome: choice(concernOutcomes, "Choose what came of it"),
  outcomeNote: requiredText({
    required: "Say what you found and did",
    label: "What you found and did",
    max: concernNoteMaxLength,
  }),
});

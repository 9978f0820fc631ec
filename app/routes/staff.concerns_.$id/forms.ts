// The forms on a concern's staff page, in their own module so the page loads
// them (and zod) only when a form is first used (decision 006).
import { z } from "zod";
import { choice, optionalText, requiredText } from "~/forms/fields";
import { concernNoteMaxLength, concernOutcomes } from "~/opportunities/concerns";

export const concernActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("note"),
    body: requiredText({
      required: "Write your note",
      label: "The note",
      max: concernNoteMaxLength,
    }),
  }),
  z.object({
    intent: z.literal("close"),
    outcome: choice(concernOutcomes, "Choose what came of it"),
    outcomeNote: requiredText({
      required: "Say what you found and did",
      label: "What you found and did",
      max: concernNoteMaxLength,
    }),
    replyToRaiser: optionalText({ label: "Your message", max: 1000 }),
  }),
]);

// Form schemas for asking to join an organisation and for answering, in their
// own module so pages load them (and zod) only when a form is first used (decision 006).
import { z } from "zod";
import { emailSchema, nameSchema } from "~/accounts/schemas";
import { choice, optionalText } from "~/forms/fields";

export const askToJoinSchema = z.object({
  organisationId: z
    .string({ error: "Select your organisation" })
    .min(1, { error: "Select your organisation" }),
  name: nameSchema,
  email: emailSchema,
  message: optionalText({ label: "What you do there", max: 300 }),
});

/** An admin (or staff) answers one request: yes sends an invitation, no tells the person. */
export const answerJoinRequestSchema = z.object({
  intent: z.literal("join-request"),
  requestId: z.string().min(1),
  decision: choice(["approve", "refuse"], "Choose yes or no"),
});

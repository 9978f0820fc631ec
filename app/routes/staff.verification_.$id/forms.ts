// Form schemas for app/routes/staff.verification_.$id/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { setAdminSchema } from "~/accounts/schemas";
import { requiredText } from "~/forms/fields";
import { answerJoinRequestSchema } from "~/organisations/join-request-forms";

export const verifySchema = z.object({ intent: z.literal("verify") });
export const declineSchema = z.object({
  intent: z.literal("decline"),
  reason: requiredText({
    required: "Enter the reason the organisation will see",
    label: "The reason",
    max: 500,
  }),
});
export const revokeSchema = z.object({
  intent: z.literal("revoke"),
  reason: requiredText({
    required: "Enter the reason the organisation will see",
    label: "The reason",
    max: 500,
  }),
});
export { setAdminSchema } from "~/accounts/schemas";
export const decisionSchema = z.discriminatedUnion("intent", [
  verifySchema,
  declineSchema,
  revokeSchema,
  setAdminSchema,
  answerJoinRequestSchema,
]);

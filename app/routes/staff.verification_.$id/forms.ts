// Form schemas for app/routes/staff.verification_.$id/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";

export const verifySchema = z.object({ intent: z.literal("verify") });
export const declineSchema = z.object({
  intent: z.literal("decline"),
  reason: z
    .string({ error: "Enter the reason the organisation will see" })
    .trim()
    .min(1, { error: "Enter the reason the organisation will see" })
    .max(500, { error: "The reason must be 500 characters or fewer" }),
});
export const decisionSchema = z.discriminatedUnion("intent", [verifySchema, declineSchema]);

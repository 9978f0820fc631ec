// Form schemas for app/routes/staff.users_.$id/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { requiredText } from "~/forms/fields";

export const reasonField = requiredText({
  required: "Enter the reason",
  label: "The reason",
  max: 500,
});
export const suspendSchema = z.object({ intent: z.literal("suspend"), reason: reasonField });
export const restoreSchema = z.object({ intent: z.literal("restore"), reason: reasonField });
export const userActionSchema = z.discriminatedUnion("intent", [suspendSchema, restoreSchema]);

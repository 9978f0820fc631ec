// Form schemas for app/routes/staff.users_.$id/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";

export const reasonField = z
  .string({ error: "Enter the reason" })
  .trim()
  .min(1, { error: "Enter the reason" })
  .max(500, { error: "The reason must be 500 characters or fewer" });
export const suspendSchema = z.object({ intent: z.literal("suspend"), reason: reasonField });
export const restoreSchema = z.object({ intent: z.literal("restore"), reason: reasonField });
export const userActionSchema = z.discriminatedUnion("intent", [suspendSchema, restoreSchema]);

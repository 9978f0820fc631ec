// Form schemas for app/routes/staff.users/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { emailSchema } from "~/accounts/schemas";

export const inviteStaffSchema = z.object({ intent: z.literal("invite"), email: emailSchema });

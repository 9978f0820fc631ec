// Form schemas for app/routes/offers.$id.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { bookingSchema } from "~/mentoring/schemas";

export const bookForm = bookingSchema.extend({ intent: z.literal("book") });
export const cancelForm = z.object({ intent: z.literal("cancel"), bookingId: z.string().min(1) });
export const offerActions = z.discriminatedUnion("intent", [bookForm, cancelForm]);

// Form schemas for the offer pages, in their own module so the pages can load
// them (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { offerSchema } from "~/mentoring/schemas";

export const saveOfferForm = offerSchema.and(z.object({ intent: z.literal("save") }));
export const withdrawForm = z.object({ intent: z.literal("withdraw") });
export const republishForm = z.object({ intent: z.literal("republish") });
export const cancelOfferForm = z.object({ intent: z.literal("cancel-offer") });
export const offerActions = z.union([saveOfferForm, withdrawForm, republishForm, cancelOfferForm]);

// Form schemas for the offer pages, in their own module so the pages can load
// them (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { offerSchema } from "~/mentoring/schemas";

export const saveOfferForm = offerSchema.and(z.object({ intent: z.literal("save") }));
export const withdrawForm = z.object({ intent: z.literal("withdraw") });
export const republishForm = z.object({ intent: z.literal("republish") });
export const cancelOfferForm = z.object({ intent: z.literal("cancel-offer") });
export const offerActions = z.union([saveOfferForm, withdrawForm, republishForm, cancelOfferForm]);

const byIntent = {
  save: saveOfferForm,
  withdraw: withdrawForm,
  republish: republishForm,
  "cancel-offer": cancelOfferForm,
} as const;

/**
 * The schema of the button that was pressed. Parsed against the union of all
 * four, a wrong field of the save form came back (without JavaScript) as one
 * "Invalid input" for the whole form, naming no field.
 */
export function offerActionFor(
  intent: FormDataEntryValue | null,
): z.ZodType<z.output<typeof offerActions>> {
  return typeof intent === "string" && Object.hasOwn(byIntent, intent)
    ? byIntent[intent as keyof typeof byIntent]
    : offerActions;
}

// The take-down form, in its own module so the page loads it (and zod) only when first used (decision 006).
import { z } from "zod";
import { requiredText } from "~/forms/fields";

export const takeDownSchema = z.object({
  reason: requiredText({
    required: "Enter the reason the owner will see",
    label: "The reason",
    max: 1000,
  }),
});

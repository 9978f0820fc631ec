// The saved-search forms, in their own module so pages load them (and zod) only
// when a form is first used (docs/decisions/006).
import { z } from "zod";
import { choice, optionalText, requiredText } from "~/forms/fields";
import { alertQuery, searchAlertKinds } from "./search-alerts";

export const saveSearchForm = z.object({
  intent: z.literal("save"),
  name: requiredText({ required: "Enter a name for this search", max: 80, label: "The name" }),
  kind: choice(searchAlertKinds, "Choose the kind of search"),
  query: optionalText({ max: 1000, label: "The search" }).transform((q) =>
    alertQuery(new URLSearchParams(q ?? "")),
  ),
});
export const deleteSearchForm = z.object({ intent: z.literal("delete"), id: z.string().min(1) });
export const searchAlertActions = z.discriminatedUnion("intent", [
  saveSearchForm,
  deleteSearchForm,
]);

// The saved-search forms, in their own module so pages load them (and zod) only
// when a form is first used (docs/decisions/006).
import { z } from "zod";
import { choice, emailAddress, optionalText, requiredText } from "~/forms/fields";
import { alertQuery, searchAlertKinds } from "./search-alerts";

const alertName = () =>
  requiredText({ required: "Enter a name for this search", max: 80, label: "The name" });
const alertFilters = () =>
  optionalText({ max: 1000, label: "The search" }).transform((q) =>
    alertQuery(new URLSearchParams(q ?? "")),
  );

export const saveSearchForm = z.object({
  intent: z.literal("save"),
  name: alertName(),
  kind: choice(searchAlertKinds, "Choose the kind of search"),
  query: alertFilters(),
});
/** Signed out: an apprenticeship search saved under an email address (confirmed by a link). */
export const saveSearchByEmailForm = z.object({
  email: emailAddress({ required: "Enter your email address" }),
  name: alertName(),
  query: alertFilters(),
});
/** The button on an emailed link's page (confirm or stop). */
export const tokenForm = z.object({ token: z.string().min(1).max(200) });
export const deleteSearchForm = z.object({ intent: z.literal("delete"), id: z.string().min(1) });
export const searchAlertActions = z.discriminatedUnion("intent", [
  saveSearchForm,
  deleteSearchForm,
]);

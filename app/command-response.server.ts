import { notFound } from "~/auth/session.server";
import type { CommandResult } from "~/command-result";
import type { FormValues } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

type NotDone = Exclude<CommandResult<unknown>, { status: "done" }>;

/**
 * The response for a command that did not happen: not found is a 404 (thrown),
 * a refusal is a field error with status 400 on the form that was sent. A
 * refusal without a field is shown against `fallbackField` ("form" by default).
 *
 *     const result = await changePassword(...);
 *     if (result.status !== "done") return notDoneResponse(result, parsed.values);
 */
export function notDoneResponse(result: NotDone, values: FormValues, fallbackField = "form") {
  if (result.status === "not-found") notFound();
  return invalid({ [result.field ?? fallbackField]: result.reason }, values);
}

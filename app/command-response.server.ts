import { notFound } from "~/auth/session.server";
import type { CommandResult, Problems } from "~/command-result";
import type { FormValues } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

type NotDone = Exclude<CommandResult<unknown>, { status: "done" }> | Problems;

/**
 * The response to a command that did not finish: not found is a 404 (thrown);
 * a refusal is shown on the form under its field (or `field`, or the form as a
 * whole), with what was typed, status 400, as every action fails.
 */
export function notDone(result: NotDone, values: FormValues, field = "form") {
  if (result.status === "not-found") notFound();
  if (result.status === "invalid") return invalid(result.errors, values);
  return invalid({ [result.field ?? field]: result.reason }, values);
}

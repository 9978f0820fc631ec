import { data } from "@remix-run/node";
import { withoutSecrets, type FieldErrors, type FormValues } from "./parse";

export type FormFailure = { errors: FieldErrors; values: FormValues };

/** The one failure shape of every action: status 400, field errors, what was typed. */
export function invalid(errors: FieldErrors, values: FormValues) {
  return data<FormFailure>({ errors, values: withoutSecrets(values) }, { status: 400 });
}

import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, type FieldErrors as RhfErrors, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { formDataToValues, type FieldErrors } from "~/forms/parse";

// Loaded on demand by ValidatedForm (docs/decisions/006): react-hook-form's
// form control with the zod resolver, checking exactly what the form would
// post (FormData), so the browser and the server see the same values.

function flatten(errors: RhfErrors, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === "string") out[path] = value.message;
    else if (typeof value === "object") Object.assign(out, flatten(value as RhfErrors, path));
  }
  return out;
}

export function createValidator(schema: z.ZodType) {
  const control = createFormControl<FieldValues>({
    resolver: zodResolver(schema as never) as never,
    shouldFocusError: false,
  });
  return async function validate(form: HTMLFormElement, submitter: HTMLElement | null): Promise<FieldErrors> {
    const values = formDataToValues(new FormData(form, submitter));
    control.reset(values);
    let errors: FieldErrors = {};
    await control.handleSubmit(
      () => undefined,
      (invalid) => {
        errors = flatten(invalid);
      },
    )();
    return errors;
  };
}

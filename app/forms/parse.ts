import type { z } from "zod";

// One way to read a form, on the server and in tests: FormData → plain values →
// the same zod schema the browser uses → field errors keyed by field name.

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export function formDataToValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Never echo a password back to the page. */
export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

export type Parsed<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

export function parseForm<S extends z.ZodType>(schema: S, input: FormData | FormValues): Parsed<z.output<S>> {
  const values = input instanceof FormData ? formDataToValues(input) : input;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  return { ok: false, errors: fieldErrorsFrom(result.error), values: withoutSecrets(values) };
}

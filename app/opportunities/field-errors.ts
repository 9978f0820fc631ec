// Field errors are one plain message per form field: the shape actions return
// with status 400 and forms show beside each field and in the error summary.
import type { z } from "zod";

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** Drops the keys whose rule passed, so an empty object means "no errors". */
export function withoutEmpty<K extends string>(
  errors: Partial<Record<K, string | undefined>>,
): FieldErrors<K> {
  const result: FieldErrors<K> = {};
  for (const key of Object.keys(errors) as K[]) {
    const message = errors[key];
    if (message) result[key] = message;
  }
  return result;
}

/**
 * The first message for each top-level field of a failed parse. One message per
 * field: a list of everything wrong with one box helps nobody. Issues that
 * belong to no field are filed under "form". Pass the form's field names
 * (e.g. `Object.keys(schema.shape)`) to list errors in page order, as the
 * error summary should; cross-field checks otherwise come last.
 */
export function fieldErrorsFromZod(
  error: z.ZodError,
  fieldOrder: readonly string[] = [],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[key] ??= issue.message;
  }
  const rank = (key: string) => {
    const index = fieldOrder.indexOf(key);
    return index === -1 ? fieldOrder.length : index;
  };
  // Array.prototype.sort is stable, so unknown keys keep their order at the end.
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

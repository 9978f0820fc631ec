import type { z } from "zod";

// One way to read a form and one way to report what is wrong with it, for the
// server actions, the tests and the browser's checker (components/forms):
// FormData → plain values → the form's zod schema → field errors keyed by
// field name, one message each, in page order.

/** One plain message per form field; "form" holds problems of no one field. */
export type FieldErrors = Record<string, string>;
/** A date input's three boxes, put together under the field's name (forms/date-input.ts). */
export type DateBoxes = { day: string; month: string; year: string };
export type FormValues = Record<string, string | string[] | DateBoxes>;

/**
 * FormData as plain values: a field posted once is a string, a field posted
 * several times (ticked boxes of one group) a list of strings. A group with one
 * box ticked is one string, and nothing ticked is no key at all: the field
 * builders (forms/fields.ts) read all three. Files are left out.
 */
export function formDataToValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  // A date input posts name-day, name-month and name-year (all three, even
  // empty): they are one answer, read as one value under its name.
  for (const key of Object.keys(values)) {
    const name = /^(.+)-day$/.exec(key)?.[1];
    const [day, month, year] = ["day", "month", "year"].map((part) => values[`${name}-${part}`]);
    if (name && typeof day === "string" && typeof month === "string" && typeof year === "string") {
      values[name] = { day, month, year };
      for (const part of ["day", "month", "year"]) delete values[`${name}-${part}`];
    }
  }
  return values;
}

/**
 * The first message for each top-level field of a failed parse. One message per
 * field: a list of everything wrong with one box helps nobody. Issues that
 * belong to no field are filed under "form". With `fieldOrder` (the form's
 * field names, `fieldOrderOf(schema)`), errors come out in page order, as the
 * error summary lists them; cross-field checks otherwise come last.
 */
export function fieldErrorsFrom(
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

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  in?: Schema;
  left?: Schema;
  right?: Schema;
  options?: Schema[];
  innerType?: Schema;
};
type Schema = { _zod: { def: Def } };

/**
 * The field names of a form's schema, in the order they are written (the
 * page's order), through refinements, transforms, `.and` and unions. Read from
 * zod's definitions, so this module needs no zod at run time.
 */
export function fieldOrderOf(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const visit = (node: Schema | undefined) => {
    const def = node?._zod.def;
    if (!def) return;
    if (def.type === "object" && def.shape)
      Object.keys(def.shape).forEach((name) => names.add(name));
    else if (def.type === "pipe") visit(def.in);
    else if (def.type === "intersection") [def.left, def.right].forEach(visit);
    else if (def.type === "union") def.options?.forEach(visit);
    else if (def.innerType) visit(def.innerType);
  };
  visit(schema as unknown as Schema);
  return [...names];
}

/** Never echo a password or a one-time code back to the page. */
export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(
    Object.entries(values).filter(([key]) => !/password|oneTimeCode/i.test(key)),
  );
}

export type Parsed<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/** Reads and checks a form: what every action (and every schema test) calls. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  input: FormData | FormValues,
): Parsed<z.output<S>> {
  const values = input instanceof FormData ? formDataToValues(input) : input;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  return {
    ok: false,
    errors: fieldErrorsFrom(result.error, fieldOrderOf(schema)),
    values: withoutSecrets(values),
  };
}

/** Drops the keys whose rule passed, so an empty object means "no errors". */
export function withoutEmpty<K extends string>(
  errors: Partial<Record<K, string | undefined>>,
): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  for (const key of Object.keys(errors) as K[]) {
    const message = errors[key];
    if (message) result[key] = message;
  }
  return result;
}

export type ParsedPart<T> = { data: Partial<T>; errors: FieldErrors; values: FormValues };

/**
 * Reads an object schema's fields one by one and keeps those that pass, for
 * forms that save what is valid and report the rest (the safeguarding page).
 * Each field's rule must stand on its own: a whole-form refinement is not run.
 * Reads the shape from zod's definition, so this module needs no zod at run time.
 */
export function parseFormPart<S extends z.ZodObject>(
  schema: S,
  input: FormData | FormValues,
): ParsedPart<z.output<S>> {
  const values = input instanceof FormData ? formDataToValues(input) : input;
  const shape = (schema as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod
    .def.shape;
  const data: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const [name, field] of Object.entries(shape)) {
    const result = field.safeParse(values[name]);
    if (result.success) data[name] = result.data;
    else errors[name] = result.error.issues[0]?.message ?? "Check this answer";
  }
  return { data: data as Partial<z.output<S>>, errors, values: withoutSecrets(values) };
}

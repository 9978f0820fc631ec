// Building blocks for the opportunity form schemas. Form values arrive as
// strings (FormData on the server, inputs in react-hook-form): numbers and
// dates as text, a ticked checkbox as "on" (or true), nothing at all for an
// unticked one, and a list of values for "select all that apply". Each block
// turns that into a typed value or one plain-English message.
//
// Text is trimmed and otherwise kept exactly as typed: "<b>" stays "<b>", and
// pages escape it when they render it.
import { z } from "zod";
import { parseDateInput, type IsoDate } from "~/time/uk-time";
import { parsePoundsToPence } from "./money";

type Ctx = z.core.$RefinementCtx;
type Check<T> = (value: T) => string | undefined;

/** Report one message and stop this field. */
function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export function tooLongMessage(label: string, max: number): string {
  return `${label} must be ${max} characters or fewer`;
}

/** Text that must be filled in. `label` starts the "too long" message: "Title must be…". */
export function requiredText(options: { required: string; label: string; max: number }) {
  const { required, label, max } = options;
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: tooLongMessage(label, max) });
}

/** Text that may be left empty; empty becomes undefined. */
export function optionalText(options: { label: string; max: number }) {
  const { label, max } = options;
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: tooLongMessage(label, max) })
    .nullish()
    .transform((value) => (value ? value : undefined));
}

/** A text or number input; react-hook-form's valueAsNumber gives NaN for an empty box. */
const numberInput = (required: string) =>
  z.union([z.string(), z.number()], { error: required }).nullish();

interface NumberOptions {
  required: string;
  /** Shown when the text is not a number of the right kind, e.g. "…must be a whole number, like 2". */
  notNumber: string;
  /** A rule on the number itself (a range); returns the message when it fails. */
  check?: Check<number>;
}

const WHOLE_NUMBER = /^\d+$/;
// Hours may be halves or quarters ("37.5"); two decimal places is plenty.
const DECIMAL_NUMBER = /^\d+(\.\d{1,2})?$/;

function numberField(pattern: RegExp, options: NumberOptions) {
  return numberInput(options.required).transform((raw, ctx): number => {
    const text = raw === null || raw === undefined ? "" : String(raw).trim();
    if (text === "") return fail(ctx, options.required);
    if (!pattern.test(text)) return fail(ctx, options.notNumber);
    const value = Number(text);
    const problem = options.check?.(value);
    return problem ? fail(ctx, problem) : value;
  });
}

function optionalNumberField(pattern: RegExp, options: Omit<NumberOptions, "required">) {
  return numberInput(options.notNumber).transform((raw, ctx): number | undefined => {
    const text = raw === null || raw === undefined ? "" : String(raw).trim();
    if (text === "") return undefined;
    if (!pattern.test(text)) return fail(ctx, options.notNumber);
    const value = Number(text);
    const problem = options.check?.(value);
    return problem ? fail(ctx, problem) : value;
  });
}

export const wholeNumber = (options: NumberOptions) => numberField(WHOLE_NUMBER, options);
export const decimalNumber = (options: NumberOptions) => numberField(DECIMAL_NUMBER, options);
export const optionalWholeNumber = (options: Omit<NumberOptions, "required">) =>
  optionalNumberField(WHOLE_NUMBER, options);

/** An amount in pounds ("5,000,000", "£300.50") as a number of pounds. */
export function poundsAmount(options: NumberOptions) {
  return numberInput(options.required).transform((raw, ctx): number => {
    const text = raw === null || raw === undefined ? "" : String(raw).trim();
    if (text === "") return fail(ctx, options.required);
    const pence = parsePoundsToPence(text);
    if (pence === null) return fail(ctx, options.notNumber);
    const pounds = pence / 100;
    const problem = options.check?.(pounds);
    return problem ? fail(ctx, problem) : pounds;
  });
}

/** "The start date must be a real date, for example 27 3 2027" */
export function notRealDateMessage(label: string): string {
  return `${label} must be a real date, for example 27 3 2027`;
}

/** A date from `<input type="date">` (or typed by hand) as "YYYY-MM-DD". */
export function dateField(options: { required: string; label: string }) {
  return z
    .string({ error: options.required })
    .nullish()
    .transform((raw, ctx): IsoDate => {
      const text = (raw ?? "").trim();
      if (text === "") return fail(ctx, options.required);
      return parseDateInput(text) ?? fail(ctx, notRealDateMessage(options.label));
    });
}

/** One of a fixed list (radios or a select). The empty "Choose…" option counts as no answer. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** One of a fixed list, or nothing (undefined). */
export function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
) {
  return z
    .string({ error: message })
    .nullish()
    .transform((raw, ctx): T[number] | undefined => {
      if (!raw) return undefined;
      return (values as readonly string[]).includes(raw) ? (raw as T[number]) : fail(ctx, message);
    });
}

function isTicked(value: boolean | string | null | undefined): boolean {
  if (typeof value === "boolean") return value;
  // A checkbox posts its value ("on" unless the page set one); unticked posts nothing.
  return typeof value === "string" && value !== "" && value !== "false" && value !== "off";
}

const checkboxInput = z.union([z.boolean(), z.string()]).nullish();

/** A checkbox as true or false. */
export function checkbox() {
  return checkboxInput.transform(isTicked);
}

/** A checkbox that must be ticked ("Confirm that…"). */
export function mustTick(message: string) {
  return z
    .union([z.boolean(), z.string()], { error: message })
    .nullish()
    .transform((value, ctx): boolean => (isTicked(value) ? true : fail(ctx, message)));
}

/**
 * "Select all that apply": FormData's getAll gives a list, Object.fromEntries
 * gives one string, react-hook-form gives a list or false. Returns the chosen
 * values once each, in the order of `values`.
 */
export function multiChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  messages: { required: string; unknown: string },
) {
  return z
    .union([z.array(z.string()), z.string(), z.boolean()], { error: messages.required })
    .nullish()
    .transform((raw, ctx): T[number][] => {
      const chosen = Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? [raw] : [];
      if (chosen.length === 0) return fail(ctx, messages.required);
      if (!chosen.every((value) => (values as readonly string[]).includes(value))) {
        return fail(ctx, messages.unknown);
      }
      return values.filter((value) => chosen.includes(value));
    });
}

/**
 * A UK postcode in the usual form, "B1 1AA", or null when it is not one.
 * Spacing and case do not matter when typed: "b11aa" and " B1  1aa " both work.
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export const postcodeMessages = {
  required: "Enter a postcode",
  notReal: "Enter a real postcode, like B1 1AA",
} as const;

export function postcode() {
  return z
    .string({ error: postcodeMessages.required })
    .nullish()
    .transform((raw, ctx): string => {
      const text = (raw ?? "").trim();
      if (text === "") return fail(ctx, postcodeMessages.required);
      return normalisePostcode(text) ?? fail(ctx, postcodeMessages.notReal);
    });
}

/** A postcode that may be left empty (whether it is needed depends on another answer). */
export function optionalPostcode() {
  return z
    .string({ error: postcodeMessages.notReal })
    .nullish()
    .transform((raw, ctx): string | undefined => {
      const text = (raw ?? "").trim();
      if (text === "") return undefined;
      return normalisePostcode(text) ?? fail(ctx, postcodeMessages.notReal);
    });
}

/**
 * A web address as a full https address, or what is wrong with it.
 * "www.example.co.uk/jobs" gets "https://" added, because people rarely type it.
 */
export function normaliseHttpsUrl(
  text: string,
): { url: string } | { problem: "not-https" | "not-real" } {
  const value = text.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { problem: "not-real" };
  }
  if (url.protocol !== "https:") return { problem: "not-https" };
  // A real site has a dot in its name ("example.co.uk"); "https://jobs" is a typo.
  if (!url.hostname.includes(".") || /\s/.test(value)) return { problem: "not-real" };
  return { url: url.href };
}

/** An email address or a phone number (10 to 13 digits, spaces and brackets allowed). */
export function isPhoneOrEmail(text: string): boolean {
  const value = text.trim();
  if (value.includes("@")) return z.regexes.email.test(value);
  if (!/^\+?[\d\s()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 10 && digits <= 13;
}

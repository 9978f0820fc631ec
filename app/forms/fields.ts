// The field builders every form schema is made of. Values arrive as what a
// form posts (FormData read by `formDataToValues`, in the browser and on the
// server): text, numbers and dates as strings, a ticked checkbox as its value
// ("on") and an unticked one as nothing, a checkbox group as one string or a
// list. Each builder turns that into a typed value or one plain-English message.
//
// One meaning for "left empty" in every optional builder: **null**. Schemas
// feed Prisma writes, and there undefined means "leave the column as it was"
// while null means "clear it"; someone who empties a box means "clear it".
// A caller that stores "" instead of NULL says so (`value ?? ""`).
//
// Text is trimmed and otherwise kept exactly as typed: "<b>" stays "<b>", and
// pages escape it when they render it.
import { z } from "zod";
import type { IsoDate } from "~/time/uk-time";
import { readDate } from "./date-input";

type Ctx = z.core.$RefinementCtx;
type Check<T> = (value: T) => string | undefined;
type Choices = readonly [string, ...string[]];

/** Report one message and stop this field. */
export function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export function tooLongMessage(label: string, max: number): string {
  return `${label} must be ${max} characters or fewer`;
}

/**
 * Browsers count a line break in a textarea as one character but post it as
 * two (CRLF); normalised, so the server counts as the browser did.
 */
function cleanText(value: string | null | undefined): string {
  return (value ?? "").replace(/\r\n?/g, "\n").trim();
}

interface TextOptions {
  /** Starts the "too long" message: "Title" gives "Title must be 100 characters or fewer". */
  label: string;
  max: number;
}

/** Text that must be filled in, optionally with a least length (`min`, with `tooShort`). */
export function requiredText(
  options: TextOptions & { required: string; min?: number; tooShort?: string },
) {
  const { required, label, max, min, tooShort } = options;
  return z
    .string({ error: required })
    .nullish()
    .transform((raw, ctx): string => {
      const value = cleanText(raw);
      if (value === "") return fail(ctx, required);
      if (min !== undefined && value.length < min) return fail(ctx, tooShort ?? required);
      if (value.length > max) return fail(ctx, tooLongMessage(label, max));
      return value;
    });
}

/** Text that may be left empty; empty becomes null. */
export function optionalText(options: TextOptions) {
  const { label, max } = options;
  return z
    .string({ error: `${label} must be text` })
    .nullish()
    .transform((raw, ctx): string | null => {
      const value = cleanText(raw);
      if (value.length > max) return fail(ctx, tooLongMessage(label, max));
      return value === "" ? null : value;
    });
}

// ---------------------------------------------------------------------------
// Numbers typed into a box

/** A text or number input. z.number() refuses NaN, which valueAsNumber gives for an empty box. */
const numberInput = (required: string) =>
  z.union([z.string(), z.number()], { error: required }).nullish();

interface NumberOptions {
  required: string;
  /** Shown when the text is not a number of the right kind, e.g. "…must be a whole number, like 2". */
  notNumber: string;
  /** A rule on the number itself (a range); returns the message when it fails. */
  check?: Check<number>;
}

/** A range rule for `check`: one message for anything outside min..max. */
export function between(min: number, max: number, message: string): Check<number> {
  return (value) => (value < min || value > max ? message : undefined);
}

const WHOLE_NUMBER = /^\d+$/;
// Hours may be halves or quarters ("37.5"); two decimal places is plenty.
const DECIMAL_NUMBER = /^\d+(\.\d{1,2})?$/;

const numberText = (raw: string | number | null | undefined) =>
  raw === null || raw === undefined ? "" : String(raw).trim();

function numberField(pattern: RegExp, options: NumberOptions) {
  return numberInput(options.required).transform((raw, ctx): number => {
    const text = numberText(raw);
    if (text === "") return fail(ctx, options.required);
    if (!pattern.test(text)) return fail(ctx, options.notNumber);
    const value = Number(text);
    const problem = options.check?.(value);
    return problem ? fail(ctx, problem) : value;
  });
}

/** A whole number that may be left empty; empty becomes null. */
export function optionalWholeNumber(options: Omit<NumberOptions, "required">) {
  return numberInput(options.notNumber).transform((raw, ctx): number | null => {
    const text = numberText(raw);
    if (text === "") return null;
    if (!WHOLE_NUMBER.test(text)) return fail(ctx, options.notNumber);
    const value = Number(text);
    const problem = options.check?.(value);
    return problem ? fail(ctx, problem) : value;
  });
}

export const wholeNumber = (options: NumberOptions) => numberField(WHOLE_NUMBER, options);
export const decimalNumber = (options: NumberOptions) => numberField(DECIMAL_NUMBER, options);

// ---------------------------------------------------------------------------
// Choices

/** One of a fixed list (radios or a select). The empty "Choose…" option counts as no answer. */
export function choice<const T extends Choices>(values: T, message: string) {
  return z.enum(values, { error: message });
}

/** One of a fixed list, or nothing: "" or absent becomes null. A value not in the list gets `message`. */
export function optionalChoice<const T extends Choices>(values: T, message: string) {
  return z
    .string({ error: message })
    .nullish()
    .transform((raw, ctx): T[number] | null => {
      if (!raw) return null;
      return (values as readonly string[]).includes(raw) ? (raw as T[number]) : fail(ctx, message);
    });
}

/**
 * "Select all that apply": a list, one string (one box ticked) or nothing.
 * Returns the chosen values once each, in the order of `values` (the page's
 * order), whatever order they were posted in. With `required`, at least one.
 */
export function multiChoice<const T extends Choices>(
  values: T,
  messages: { required?: string; unknown: string },
) {
  return z
    .union([z.array(z.string()), z.string(), z.boolean()], { error: messages.unknown })
    .nullish()
    .transform((raw, ctx): T[number][] => {
      const posted = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
      const chosen = posted.filter((value) => value !== "");
      if (!chosen.every((value) => (values as readonly string[]).includes(value))) {
        return fail(ctx, messages.unknown);
      }
      if (chosen.length === 0 && messages.required) return fail(ctx, messages.required);
      return values.filter((value) => chosen.includes(value));
    });
}

function isTicked(value: boolean | string | null | undefined): boolean {
  if (typeof value === "boolean") return value;
  // A checkbox posts its value ("on" unless the page set one); unticked posts nothing.
  return typeof value === "string" && value !== "" && value !== "false" && value !== "off";
}

/** A checkbox as true or false. */
export function checkbox() {
  return z.union([z.boolean(), z.string()]).nullish().transform(isTicked);
}

/** A checkbox that must be ticked ("Confirm that…"). */
export function mustTick(message: string) {
  return z
    .union([z.boolean(), z.string()], { error: message })
    .nullish()
    .transform((value, ctx): true => (isTicked(value) ? true : fail(ctx, message)));
}

// ---------------------------------------------------------------------------
// Postcodes, email addresses, web addresses, phone numbers

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

/** A postcode that may be left empty (whether it is needed depends on another answer); empty becomes null. */
export function optionalPostcode() {
  return z
    .string({ error: postcodeMessages.notReal })
    .nullish()
    .transform((raw, ctx): string | null => {
      const text = (raw ?? "").trim();
      if (text === "") return null;
      return normalisePostcode(text) ?? fail(ctx, postcodeMessages.notReal);
    });
}

export const EMAIL_MAX_LENGTH = 254;

export const emailFormatMessage =
  "Enter an email address in the right format, like name@example.com";

/** Whether text is an email address (the same check zod's z.email() makes). */
export function isEmailAddress(text: string): boolean {
  return z.regexes.email.test(text.trim());
}

/** An email address, lower-cased (addresses are matched without regard to case). */
export function emailAddress(options: { required: string }) {
  return z
    .string({ error: options.required })
    .trim()
    .min(1, { error: options.required })
    .max(EMAIL_MAX_LENGTH, { error: tooLongMessage("Email address", EMAIL_MAX_LENGTH) })
    .pipe(z.email({ error: emailFormatMessage }))
    .transform((email) => email.toLowerCase());
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

/** A phone number: 10 to 13 digits, spaces, brackets and dashes allowed. */
export function isPhoneNumber(text: string): boolean {
  const value = text.trim();
  if (!/^\+?[\d\s()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 10 && digits <= 13;
}

/** An email address or a phone number (10 to 13 digits, spaces and brackets allowed). */
export function isPhoneOrEmail(text: string): boolean {
  const value = text.trim();
  if (value.includes("@")) return isEmailAddress(value);
  return isPhoneNumber(value);
}

/** An email address that may be left empty (null), lower-cased when given. */
export function optionalEmailAddress() {
  return optionalText({ label: "Email address", max: EMAIL_MAX_LENGTH }).transform(
    (value, ctx): string | null => {
      if (value === null) return null;
      return isEmailAddress(value) ? value.toLowerCase() : fail(ctx, emailFormatMessage);
    },
  );
}

/** A phone number that may be left empty (null). */
export function optionalPhoneNumber(message = "Enter a real phone number, like 0121 496 0000") {
  return optionalText({ label: "Phone number", max: 30 }).transform((value, ctx): string | null => {
    if (value === null) return null;
    return isPhoneNumber(value) ? value : fail(ctx, message);
  });
}

// ---------------------------------------------------------------------------
// Dates (the GOV.UK date input: components/forms/date-input.tsx, forms/date-input.ts)

const dateValue = z.unknown();

/** A date that must be given. `required` is GOV.UK's "Enter …" message ("Enter the start date"). */
export function requiredDate(options: { label: string; required: string }) {
  return dateValue.transform((raw, ctx): IsoDate => {
    const reading = readDate(raw, options.label);
    if (reading.kind === "empty") return fail(ctx, options.required);
    if (reading.kind === "wrong") return fail(ctx, reading.message);
    return reading.date;
  });
}

/** A date that may be left empty (null). */
export function optionalDate(options: { label: string }) {
  return dateValue.transform((raw, ctx): IsoDate | null => {
    const reading = readDate(raw, options.label);
    if (reading.kind === "wrong") return fail(ctx, reading.message);
    return reading.kind === "date" ? reading.date : null;
  });
}

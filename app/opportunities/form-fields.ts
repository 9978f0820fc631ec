// The opportunity forms' own field builders: an amount in pounds and a date,
// which need this module's money and date rules. Every other kind of field
// comes from app/forms/fields.ts, which holds the meaning of "left empty"
// (null) for them all.
import { z } from "zod";
import { fail } from "~/forms/fields";
import { parseDateInput, type IsoDate } from "~/time/uk-time";
import { parsePoundsToPence } from "./money";

type Check<T> = (value: T) => string | undefined;

/** "The start date must be a real date, for example 27 3 2027" */
export function notRealDateMessage(label: string): string {
  return `${label} must be a real date, for example 27 3 2027`;
}

/** An amount in pounds ("5,000,000", "£300.50") as a number of pounds, or null when left empty; checked when given. */
export function optionalPoundsAmount(options: { notNumber: string; check?: Check<number> }) {
  return z
    .union([z.string(), z.number()], { error: options.notNumber })
    .nullish()
    .transform((raw, ctx): number | null => {
      const text = raw === null || raw === undefined ? "" : String(raw).trim();
      if (text === "") return null;
      const pence = parsePoundsToPence(text);
      if (pence === null) return fail(ctx, options.notNumber);
      const problem = options.check?.(pence / 100);
      return problem ? fail(ctx, problem) : pence / 100;
    });
}

/** A date that may be left empty (null), as "YYYY-MM-DD" when given. */
export function optionalDateField(options: { label: string }) {
  return z
    .string({ error: notRealDateMessage(options.label) })
    .nullish()
    .transform((raw, ctx): IsoDate | null => {
      const text = (raw ?? "").trim();
      if (text === "") return null;
      return parseDateInput(text) ?? fail(ctx, notRealDateMessage(options.label));
    });
}

// The opportunity forms' own field builders: an amount in pounds and a date,
// which need this module's money and date rules. Every other kind of field
// comes from app/forms/fields.ts, which holds the meaning of "left empty"
// (null) for them all.
import { z } from "zod";
import { fail } from "~/forms/fields";
import { parseDateInput, type IsoDate } from "~/time/uk-time";
import { parsePoundsToPence } from "./money";

type Check<T> = (value: T) => string | undefined;

/** An amount in pounds ("5,000,000", "£300.50") as a number of pounds. */
export function poundsAmount(options: {
  required: string;
  notNumber: string;
  check?: Check<number>;
}) {
  return z
    .union([z.string(), z.number()], { error: options.required })
    .nullish()
    .transform((raw, ctx): number => {
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

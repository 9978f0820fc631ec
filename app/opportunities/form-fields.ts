// The opportunity forms' own field builder: an amount in pounds, which needs
// this module's money rules. Every other kind of field, dates included, comes
// from app/forms/fields.ts, which holds the meaning of "left empty" (null) for
// them all.
import { z } from "zod";
import { fail } from "~/forms/fields";
import { parsePoundsToPence } from "./money";

type Check<T> = (value: T) => string | undefined;

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

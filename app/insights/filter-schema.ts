// Reading the insight filters from the query string, with zod. Apart from
// filters.ts so the dashboard page does not load zod in the browser.
import { z } from "zod";
import { fieldErrorsFrom, type FieldErrors } from "~/forms/parse";
import { localAuthorityIds, sectorIds, sizeBandIds } from "~/organisations/reference-data";
import { dateValueFrom, readDate } from "~/forms/date-input";
import { optionalDate } from "~/forms/fields";
import { steppedDates } from "./disclosure";
import type { InsightFilters } from "./filters";

const optionalEnum = <T extends string>(ids: readonly [T, ...T[]]) =>
  z
    .union([z.literal("").transform(() => undefined), z.enum(ids)])
    .optional()
    .catch(undefined);

export const insightFilterSchema = z
  .object({
    from: optionalDate({ label: "Start date" }).transform((day) => day ?? undefined),
    to: optionalDate({ label: "End date" }).transform((day) => day ?? undefined),
    la: optionalEnum(localAuthorityIds),
    sector: optionalEnum(sectorIds),
    size: optionalEnum(sizeBandIds),
    by: z.enum(["la", "sector", "size"]).optional().catch(undefined),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "The end date must be the same as or after the start date",
  });

/** Reads the filters. A wrong date is reported and left out, so the page still shows numbers. */
export function parseInsightFilters(params: URLSearchParams): {
  filters: InsightFilters;
  errors: FieldErrors;
} {
  const raw = Object.fromEntries(
    ["la", "sector", "size", "by"].map((key) => [key, params.get(key) ?? ""]),
  );
  // The dates come as a date input's three boxes, or whole ("from=2026-01-31") in links and CSV names.
  const typed = {
    from: dateValueFrom((key) => params.get(key), "from"),
    to: dateValueFrom((key) => params.get(key), "to"),
  };
  const result = insightFilterSchema.safeParse({ ...raw, ...typed });
  const errors: FieldErrors = result.success ? {} : fieldErrorsFrom(result.error);
  const la = optionalEnum(localAuthorityIds).parse(raw.la);
  const sector = optionalEnum(sectorIds).parse(raw.sector);
  const size = optionalEnum(sizeBandIds).parse(raw.size);
  const by = z.enum(["la", "sector", "size"]).catch("la").parse(raw.by);
  // An unknown value is left out, and said so, rather than silently showing everything.
  const unknown = (key: string, found: unknown, message: string) => {
    if (raw[key] && !found) errors[key] = message;
  };
  unknown("la", la, "We do not know that local authority, so all areas are shown");
  unknown("sector", sector, "We do not know that sector, so all sectors are shown");
  unknown("size", size, "We do not know that size band, so all sizes are shown");
  unknown("by", raw.by === by, "We do not know that breakdown, so it is by local authority");
  const day = (value: unknown) => {
    const reading = readDate(value, "");
    return reading.kind === "date" ? reading.date : undefined;
  };
  const from = !errors.to ? day(typed.from) : undefined;
  const to = !errors.to ? day(typed.to) : undefined;
  return {
    filters: {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(la ? { localAuthority: la } : {}),
      ...(sector ? { sector } : {}),
      ...(size ? { sizeBand: size } : {}),
      by,
    },
    errors,
  };
}

/**
 * The filters of an insight view (page and CSV), with its dates moved to whole
 * weeks and never into the week still going on (disclosure.ts, decision 019).
 * The audit trail's date filter reads plain `parseInsightFilters`.
 */
export function parseInsightView(params: URLSearchParams, now = new Date()) {
  const { filters, errors } = parseInsightFilters(params);
  return { filters: { ...filters, ...steppedDates(filters, now) }, errors };
}

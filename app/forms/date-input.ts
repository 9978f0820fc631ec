// The GOV.UK date input (day, month and year boxes; components/forms/date-input.tsx)
// as one value. A date field called `from` posts `from-day`, `from-month` and
// `from-year`; `formDataToValues` (parse.ts) and `dateValueFrom` (query
// strings) put them together as `{ day, month, year }` under `from`, and the
// date builders in fields.ts read that, or a whole date as text (a saved link's
// "from=2027-03-27", an older form's "27/3/2027"), into "YYYY-MM-DD".
// The messages are worded as GOV.UK's date input pattern words them.
import { dateFromParts, parseDateInput, type IsoDate } from "~/time/calendar-day";
import type { DateBoxes } from "./parse";

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = DateBoxes;

/** The name each box posts: "from-day", "from-month", "from-year". */
export const datePartName = (name: string, part: DatePart) => `${name}-${part}`;

/** The field a box belongs to: "from" for "from-day", or null for another name. */
export function dateFieldOfPart(key: string): string | null {
  const match = /^(.+)-(day|month|year)$/.exec(key);
  return match ? match[1]! : null;
}

export function isDateParts(value: unknown): value is DateParts {
  return (
    typeof value === "object" &&
    value !== null &&
    DATE_PARTS.every((part) => typeof (value as Record<string, unknown>)[part] === "string")
  );
}

/**
 * A date field's value from something that reads one key (URLSearchParams'
 * `get`): its three boxes when they were sent, else the whole date as text.
 */
export function dateValueFrom(
  get: (key: string) => string | null | undefined,
  name: string,
): DateParts | string {
  const parts = DATE_PARTS.map((part) => get(datePartName(name, part)));
  if (parts.some((p) => p !== null && p !== undefined)) {
    const [day = "", month = "", year = ""] = parts.map((p) => (p ?? "").trim());
    return { day, month, year };
  }
  return (get(name) ?? "").trim();
}

/** The date fields of a query string as typed, to show again in their boxes. */
export function typedDates<const N extends string>(
  params: URLSearchParams,
  names: readonly N[],
): Record<N, DateParts | string> {
  const entries = names.map((name) => [name, dateValueFrom((key) => params.get(key), name)]);
  return Object.fromEntries(entries) as Record<N, DateParts | string>;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** A month as typed: 1–12, or its name or first three letters ("Jan", "january"), as GOV.UK allows. */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  const index = MONTHS.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)));
  return index === -1 ? null : index + 1;
}

export type DateReading =
  | { kind: "empty" }
  | { kind: "date"; date: IsoDate }
  /** `parts`: the boxes to mark, as GOV.UK marks only the box at fault when one is. */
  | { kind: "wrong"; message: string; parts: readonly DatePart[] };

const missingWords = (missing: readonly DatePart[]) =>
  missing.length === 2 ? `${missing[0]} and ${missing[1]}` : missing[0]!;

/**
 * What a date field holds. `label` starts the message with a capital, as
 * GOV.UK's do: "Start date must include a month", "Start date must be a real date".
 */
export function readDate(value: unknown, label: string): DateReading {
  if (typeof value === "string" || value === null || value === undefined) {
    const text = (value ?? "").trim();
    if (text === "") return { kind: "empty" };
    const date = parseDateInput(text);
    return date
      ? { kind: "date", date }
      : { kind: "wrong", message: `${label} must be a real date`, parts: DATE_PARTS };
  }
  if (!isDateParts(value))
    return { kind: "wrong", message: `${label} must be a real date`, parts: DATE_PARTS };
  const parts = { day: value.day.trim(), month: value.month.trim(), year: value.year.trim() };
  const missing = DATE_PARTS.filter((part) => parts[part] === "");
  if (missing.length === 3) return { kind: "empty" };
  if (missing.length > 0)
    return {
      kind: "wrong",
      message: `${label} must include a ${missingWords(missing)}`,
      parts: missing,
    };
  if (/^\d{1,3}$/.test(parts.year))
    return { kind: "wrong", message: "Year must include 4 numbers", parts: ["year"] };
  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : null;
  const month = monthNumber(parts.month);
  const year = /^\d{4}$/.test(parts.year) ? Number(parts.year) : null;
  const date = day && month && year ? dateFromParts(year, month, day) : null;
  return date
    ? { kind: "date", date }
    : { kind: "wrong", message: `${label} must be a real date`, parts: DATE_PARTS };
}

/** The value a date input shows again: its boxes as typed, or a whole date split into them. */
export function datePartsToShow(value: unknown): DateParts {
  if (isDateParts(value)) return value;
  const date = typeof value === "string" ? parseDateInput(value) : null;
  if (!date) return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

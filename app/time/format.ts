// Every date and time people read, in London time and GOV.UK style:
// "1 December 2026", "9am", "9:15am", "midday", "9am to 11:15am".
// One cached Intl formatter each: building one per call (toLocaleDateString)
// was the largest single cost of rendering a list page in the benchmark.
import type { IsoDate } from "./uk-time";
import { UK_TIME_ZONE, ukWallClock } from "./zone";

type Instant = Date | string | null | undefined;

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: UK_TIME_ZONE,
});
const shortMonth = new Intl.DateTimeFormat("en-GB", {
  month: "short",
  year: "numeric",
  timeZone: UK_TIME_ZONE,
});
// Stored days and month keys are midnight UTC: read them in UTC so the day is the day.
const longDayUtc = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const longMonthUtc = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** "1 December 2026": the London day of an instant or of a stored day. Empty when there is none. */
export function formatDate(value: Instant): string {
  if (!value) return "";
  return longDate.format(toDate(value));
}

/** "27 March 2027", for a calendar day ("YYYY-MM-DD") in messages and pages. */
export function formatDay(day: IsoDate): string {
  // By the ECMAScript rules "YYYY-MM-DD" alone is midnight UTC, read here in UTC.
  return longDayUtc.format(new Date(day));
}

/** "9am", "9:15am", "2:30pm", "midday", "midnight": the London time of an instant. */
export function formatTime(value: Date | string): string {
  const { hour, minute } = ukWallClock(toDate(value));
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? "am" : "pm";
  return minute === 0
    ? `${clock}${suffix}`
    : `${clock}:${String(minute).padStart(2, "0")}${suffix}`;
}

/** "1 December 2026 at 9:15am". Empty when there is none. */
export function formatDateTime(value: Instant): string {
  if (!value) return "";
  return `${formatDate(value)} at ${formatTime(value)}`;
}

/**
 * When something on set times runs: "1 December 2026, 9am to 11:15am", or with
 * the end's date too when it ends on another day; "1 December 2026, 9am" with no end.
 */
export function formatTimeRange(
  start: Date | string,
  end: Date | string | null | undefined,
): string {
  const startText = `${formatDate(start)}, ${formatTime(start)}`;
  if (!end) return startText;
  const sameDay = formatDate(end) === formatDate(start);
  return `${startText} to ${sameDay ? "" : `${formatDate(end)}, `}${formatTime(end)}`;
}

/** "Mar 2026": the London month of an instant, for chart labels. */
export function formatShortMonth(value: Date | string): string {
  return shortMonth.format(toDate(value));
}

/** "March 2026" for a month key ("YYYY-MM"). */
export function formatMonth(month: string): string {
  return longMonthUtc.format(new Date(`${month}-01T00:00:00Z`));
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * A length of time in words, in the largest whole unit: "7 days", "24 hours",
 * "1 hour", "30 minutes". One day is said as "24 hours", as people say it of a link.
 */
export function formatDuration(ms: number): string {
  if (ms % DAY_MS === 0 && ms > DAY_MS) return plural(ms / DAY_MS, "day");
  if (ms % HOUR_MS === 0) return plural(ms / HOUR_MS, "hour");
  return plural(Math.round(ms / MINUTE_MS), "minute");
}

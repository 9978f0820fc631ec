// The product's time zone, named once, and what a clock there shows at an
// instant. Intl only and no library: every page that shows a date has this in
// its JavaScript. Rules and parsing are in uk-time.ts, display in format.ts.

/** The one place the product's time zone is named. */
export const UK_TIME_ZONE = "Europe/London";

/** London wall-clock time of an instant. */
export interface UkWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const ukParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** What a clock in London shows at this instant. */
export function ukWallClock(instant: Date): UkWallClock {
  const parts = Object.fromEntries(
    ukParts.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

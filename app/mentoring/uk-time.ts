// Date inputs carry no time zone: "2026-03-14T10:00" means 10am in the UK,
// whatever zone the server or the browser runs in. These helpers read them as
// UK time so the same form gives the same instant on both sides.

export const UK_TIME_ZONE = "Europe/London";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Checks the parts name a real moment (no 30 February, no 25:00). */
function isReal(w: WallClock): boolean {
  const t = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  return (
    t.getUTCFullYear() === w.year &&
    t.getUTCMonth() === w.month - 1 &&
    t.getUTCDate() === w.day &&
    t.getUTCHours() === w.hour &&
    t.getUTCMinutes() === w.minute &&
    t.getUTCSeconds() === w.second
  );
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

function ukWallClock(instant: Date): WallClock {
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

/** Minutes the UK is ahead of UTC at this instant: 0 in winter, 60 in summer. */
function ukOffsetMinutes(instant: Date): number {
  const w = ukWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-03-14" → the parts, or null when it is not a real date. */
export function parseDateInput(value: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const w = { year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0, second: 0 };
  return isReal(w) ? { year: w.year, month: w.month, day: w.day } : null;
}

/** "2026-03-14T10:00" (from a datetime-local input), read as UK time; null when not a real date and time. */
export function ukDateTimeToDate(value: string): Date | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const w = {
    year: +m[1],
    month: +m[2],
    day: +m[3],
    hour: +m[4],
    minute: +m[5],
    second: +(m[6] ?? 0),
  };
  if (!isReal(w)) return null;
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Guess with the offset at the wall time, then correct once near a clock change.
  const first = wall - ukOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - ukOffsetMinutes(new Date(first)) * 60_000);
}

/** The UK calendar date of an instant, as "YYYY-MM-DD". */
export function ukDateString(instant: Date): string {
  const w = ukWallClock(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

import {
  localAuthorityName,
  sectorName,
  sizeBandName,
  type LocalAuthorityId,
  type SectorId,
  type SizeBandId,
} from "~/organisations/reference-data";
import { formatDay } from "~/time/format";
import { addDays, ukDayStart } from "~/time/uk-time";

// The insight filters live in the query string, so a view can be shared as a link
// and the CSV downloads get exactly the same numbers as the page.

export const breakdowns = [
  { id: "la", name: "Local authority" },
  { id: "sector", name: "Sector" },
  { id: "size", name: "Size band" },
] as const;
export type Breakdown = (typeof breakdowns)[number]["id"];

export type InsightFilters = {
  /** YYYY-MM-DD, inclusive, UK calendar day read as UTC. */
  from?: string;
  to?: string;
  localAuthority?: LocalAuthorityId;
  sector?: SectorId;
  sizeBand?: SizeBandId;
  by: Breakdown;
};

/** The canonical query string for these filters (links to CSV files, pages). */
export function filtersToSearch(filters: InsightFilters): string {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.localAuthority) params.set("la", filters.localAuthority);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.sizeBand) params.set("size", filters.sizeBand);
  if (filters.by !== "la") params.set("by", filters.by);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** A sentence saying what the numbers cover, for the page and the audit trail. */
export function describeFilters(filters: InsightFilters): string {
  const parts = [
    filters.from || filters.to
      ? `${filters.from ? `from ${formatDay(filters.from)}` : "up to"} ${filters.to ? `${filters.from ? "to " : ""}${formatDay(filters.to)}` : "to today"}`
      : "all dates",
    filters.localAuthority ? localAuthorityName(filters.localAuthority) : null,
    filters.sector ? sectorName(filters.sector) : null,
    filters.sizeBand ? sizeBandName(filters.sizeBand) : null,
  ].filter(Boolean);
  return parts.join(", ");
}

// Dates are stored by Prisma as ISO text with "+00:00"; bounds use the same form so
// text comparison in SQL orders them correctly and can use the date indexes.
// The days are London days, as every date on the pages is; a stored day
// (midnight UTC) always falls inside its own London day.
const storedText = (instant: Date) => instant.toISOString().replace("Z", "+00:00");

export function dateBounds(filters: Pick<InsightFilters, "from" | "to">): {
  start?: string;
  end?: string;
} {
  return {
    ...(filters.from ? { start: storedText(ukDayStart(filters.from)) } : {}),
    ...(filters.to ? { end: storedText(ukDayStart(addDays(filters.to, 1))) } : {}),
  };
}

/** The months a trend covers: the chosen dates, or the last 12 months; at most 36. */
export function trendMonths(filters: Pick<InsightFilters, "from" | "to">, now: Date): string[] {
  const endMonth = filters.to ? filters.to.slice(0, 7) : now.toISOString().slice(0, 7);
  let startMonth = filters.from?.slice(0, 7);
  if (!startMonth) {
    const d = new Date(`${endMonth}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 11);
    startMonth = d.toISOString().slice(0, 7);
  }
  const months: string[] = [];
  const cursor = new Date(`${startMonth}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= endMonth) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months.slice(-36);
}

import { Prisma } from "~/generated/prisma/client";
import { dateBounds, type Breakdown, type InsightFilters } from "./filters";

// SQL fragments shared by the insight queries. Column names come from fixed maps,
// never from the request; values are always bound parameters.

export type Grouping = Breakdown | "all";

const groupColumns: Record<Grouping, Prisma.Sql> = {
  la: Prisma.raw(`o."localAuthority"`),
  sector: Prisma.raw(`o."sector"`),
  size: Prisma.raw(`o."sizeBand"`),
  all: Prisma.raw(`'all'`),
};

/** The grouping expression over the organisation aliased `o`. */
export function groupBy(grouping: Grouping) {
  return groupColumns[grouping];
}

/** Conditions on the organisation aliased `o` (never empty, so it can follow WHERE). */
export function orgConditions(filters: InsightFilters, kind?: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (kind) parts.push(Prisma.sql`o."kind" = ${kind}`);
  if (filters.localAuthority)
    parts.push(Prisma.sql`o."localAuthority" = ${filters.localAuthority}`);
  if (filters.sector) parts.push(Prisma.sql`o."sector" = ${filters.sector}`);
  if (filters.sizeBand) parts.push(Prisma.sql`o."sizeBand" = ${filters.sizeBand}`);
  return Prisma.join(parts, " AND ");
}

/** `column` within the chosen dates (inclusive days). `column` must be a trusted identifier. */
export function inDates(column: string, filters: Pick<InsightFilters, "from" | "to">): Prisma.Sql {
  return inBounds(column, dateBounds(filters));
}

/** `column` within stored-text bounds (start inclusive, end exclusive); `column` must be trusted. */
export function inBounds(column: string, bounds: { start?: string; end?: string }): Prisma.Sql {
  const col = Prisma.raw(column);
  const parts: Prisma.Sql[] = [Prisma.sql`${col} IS NOT NULL`];
  if (bounds.start) parts.push(Prisma.sql`${col} >= ${bounds.start}`);
  if (bounds.end) parts.push(Prisma.sql`${col} < ${bounds.end}`);
  return Prisma.join(parts, " AND ");
}

/** A counts table's `month` column within whole months (months.ts); `column` must be a trusted identifier. */
export function monthsIn(column: string, months: { from?: string; before?: string }): Prisma.Sql {
  const col = Prisma.raw(column);
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (months.from) parts.push(Prisma.sql`${col} >= ${months.from}`);
  if (months.before) parts.push(Prisma.sql`${col} < ${months.before}`);
  return Prisma.join(parts, " AND ");
}

/** SQLite returns integers as bigint or number depending on size; the tables use numbers. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "bigint" ? Number(value) : Number(value);
}

export function numOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return num(value);
}

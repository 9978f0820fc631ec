import { filtersToSearch, type InsightFilters } from "./filters";
import { buildInsightTables } from "./insights.server";
import type { InsightTable } from "./table";

// Regional numbers do not need to be to the second, and the queries read tens of
// thousands of rows: keep each view for a minute, so the page and its CSV files
// show the same snapshot and staff reloading or sharing a view cost nothing.
const TTL_MS = 60_000;
const MAX_ENTRIES = 100;
const cache = new Map<string, { at: number; tables: Promise<InsightTable[]> }>();

export function cachedInsightTables(filters: InsightFilters, now = Date.now()): Promise<InsightTable[]> {
  const key = filtersToSearch(filters);
  const hit = cache.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.tables;
  const tables = buildInsightTables(filters);
  // A failed build is not kept.
  tables.catch(() => cache.delete(key));
  cache.delete(key);
  cache.set(key, { at: now, tables });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return tables;
}

import { memoryCache } from "~/memory-cache";
import { filtersToSearch, type InsightFilters } from "./filters";
import { computeInsightTables } from "./off-thread.server";
import type { InsightTable } from "./table";

// Regional numbers do not need to be to the second, and the queries read tens of
// thousands of rows: keep each view (one key per filter choice) for a minute, so
// the page and its CSV files show the same snapshot and staff reloading or
// sharing a view cost nothing. Kept by time alone, with no version (decision 011).
const BY_TIME_ONLY = 0;
const views = memoryCache<InsightTable[]>({ ttlMs: 60_000, maxEntries: 100 });

export function cachedInsightTables(
  filters: InsightFilters,
  now = new Date(),
): Promise<InsightTable[]> {
  return views.get(filtersToSearch(filters), BY_TIME_ONLY, now, () =>
    computeInsightTables(filters, now),
  );
}

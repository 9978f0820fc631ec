import { observeInsightView } from "~/metrics.server";
import type { InsightFilters } from "./filters";
import { buildInsightTables } from "./insights.server";
import type { InsightTable } from "./table";

// Where insight tables are computed. The aggregates read tens of thousands of
// rows through a synchronous driver: on the request thread, three new views at
// once held every other request (even /healthz) for seconds (issue 16). The
// production server hands the app a runner that computes them on a worker thread
// with its own read-only connection (server/insights-worker.js, decision 040);
// without one (development, unit tests, scripts) they are computed here.

export type InsightRunner = (filters: InsightFilters, nowMs: number) => Promise<InsightTable[]>;

let runner: InsightRunner | undefined;

/** server/app.js calls this once with the worker pool's runner (or undefined to compute here). */
export function computeInsightsWith(next: InsightRunner | undefined) {
  runner = next;
}

export function computeInsightTables(filters: InsightFilters, now: Date): Promise<InsightTable[]> {
  observeInsightView(runner ? "worker" : "request");
  return runner ? runner(filters, now.getTime()) : buildInsightTables(filters, now);
}

/** What the worker thread runs for each job. */
export function insightsOnThisThread(filters: InsightFilters, nowMs: number) {
  return buildInsightTables(filters, new Date(nowMs));
}

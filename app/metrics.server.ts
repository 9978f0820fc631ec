import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { onQueryTime } from "~/db.server";

// What /metrics shows (Prometheus text, docs/operations.md). One registry for the
// process, kept on globalThis so development reloads do not register twice.
// Labels are route patterns, job names and outcomes only: never ids or addresses.

function createMetrics() {
  const registry = new Registry();
  // Process and runtime: CPU, memory, event-loop lag (nodejs_eventloop_lag_*), GC.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer a request, by route pattern, method and status",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "http_requests_in_flight",
      help: "Requests being answered now",
      registers: [registry],
    }),
    dbQueryDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Time of each database query",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: "job_runs_total",
      help: "Background job runs, by job and outcome",
      labelNames: ["job", "outcome"] as const,
      registers: [registry],
    }),
    jobRows: new Counter({
      name: "job_rows_total",
      help: "Rows background jobs touched, by job",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    insightViews: new Counter({
      name: "insight_views_computed_total",
      help: "Staff insight views computed (not from the cache), by the thread they ran on",
      labelNames: ["thread"] as const,
      registers: [registry],
    }),
    emails: new Counter({
      name: "emails_total",
      help: "Emails sent or failed",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
  };
}

declare global {
  var __skillsbridgeMetrics: ReturnType<typeof createMetrics> | undefined;
}

export const metrics = (globalThis.__skillsbridgeMetrics ??= createMetrics());

/** One answered request (server.js calls this as each response finishes). */
export function observeRequest(input: {
  route: string;
  method: string;
  status: number;
  seconds: number;
}) {
  metrics.requestDuration.observe(
    { route: input.route, method: input.method, status: String(input.status) },
    input.seconds,
  );
}

export function observeJob(job: string, outcome: "done" | "failed", rows = 0) {
  metrics.jobRuns.inc({ job, outcome });
  if (rows > 0) metrics.jobRows.inc({ job }, rows);
}

export function observeEmail(outcome: "sent" | "failed") {
  metrics.emails.inc({ outcome });
}

export function observeInsightView(thread: "worker" | "request") {
  metrics.insightViews.inc({ thread });
}

export function observeQuery(milliseconds: number) {
  metrics.dbQueryDuration.observe(milliseconds / 1000);
}
onQueryTime(observeQuery);

/** The Prometheus text and its content type. */
export async function metricsPage() {
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

import { expect, test } from "vitest";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { runHousekeeping } from "~/housekeeping.server";
import { metrics, metricsPage } from "./metrics.server";

async function value(name: string, labels: Record<string, string> = {}) {
  const metric = await metrics.registry.getSingleMetric(name)!.get();
  return metric.values
    .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
    .reduce((sum, v) => sum + v.value, 0);
}

test("database queries, job runs with their rows, and emails are counted", async () => {
  const queriesBefore = await value("db_query_duration_seconds", {});
  await prisma.user.count();
  // The histogram's _count series goes up by at least the one query.
  const page = (await metricsPage()).body;
  expect(page).toMatch(/db_query_duration_seconds_count \d+/);
  expect(await value("db_query_duration_seconds")).toBeGreaterThan(queriesBefore);

  await prisma.session.create({
    data: {
      id: `expired-${Date.now()}`,
      expiresAt: new Date(Date.now() - 1000),
      user: {
        create: {
          email: `metrics-${Date.now()}@unit.test`,
          name: "Metrics",
          role: "sme",
          organisation: { create: { name: "Metrics Ltd", kind: "sme" } },
        },
      },
    },
  });
  await runHousekeeping();
  expect(
    await value("job_runs_total", { job: "expired sessions removed", outcome: "done" }),
  ).toBeGreaterThanOrEqual(1);
  expect(await value("job_rows_total", { job: "expired sessions removed" })).toBeGreaterThanOrEqual(
    1,
  );

  const sent = await value("emails_total", { outcome: "sent" });
  await sendEmail({ to: "someone@unit.test", subject: "Hello", text: "Hi", html: "<p>Hi</p>" });
  expect(await value("emails_total", { outcome: "sent" })).toBe(sent + 1);

  const text = (await metricsPage()).body;
  for (const name of [
    "http_request_duration_seconds",
    "http_requests_in_flight",
    "nodejs_eventloop_lag_seconds",
    "job_rows_total",
    "emails_total",
  ])
    expect(text).toContain(name);
  // Labels never carry an address or an id.
  expect(text).not.toContain("@unit.test");
});

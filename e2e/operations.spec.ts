import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expectNoA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

// Running for real (decision 024): error pages quote the request id, /metrics,
// and a real site refuses to start with demo accounts in its database.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an error page shows the request's id, the one in the header and the log", async ({
      page,
    }) => {
      const response = await page.goto("/no-such-page-here");
      expect(response!.status()).toBe(404);
      const id = response!.headers()["x-request-id"]!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText(`quote this reference: ${id}`)).toBeVisible();
      await expectNoA11yViolations(page, "404 with reference");
    });
  });
}

test("/metrics from this machine shows requests by route pattern; through a proxy header it is hidden", async ({
  request,
}) => {
  await request.get("/accessibility");
  const metrics = await request.get("/metrics");
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(
    /http_request_duration_seconds_count\{route="\/accessibility",method="GET",status="200"\} \d+/,
  );
  for (const name of [
    "http_requests_in_flight",
    "nodejs_eventloop_lag_seconds",
    "db_query_duration_seconds_count",
    "job_runs_total",
    "emails_total",
  ])
    expect(text).toContain(name);
  const proxied = await request.get("/metrics", { headers: { "X-Forwarded-For": "203.0.113.5" } });
  expect(proxied.status()).toBe(404);
});

test("a real site with demo accounts in its database refuses to start, and says why", async ({
  db,
}) => {
  // Its own copy of the database, with one demo account in it.
  const org = await db.organisation.create({
    data: { name: "Demo check", kind: "staff" },
    select: { id: true },
  });
  const suiteDb = process.env.DATABASE_URL!.replace(/^file:/, "");
  const ownDb = path.join(path.dirname(suiteDb), `e2e-demo-refused-${E2E_PORT}.db`);
  fs.rmSync(ownDb, { force: true });
  const source = new Database(suiteDb, { readonly: true });
  await source.backup(ownDb);
  source.close();
  const copy = new Database(ownDb);

  copy
    .prepare(
      "INSERT INTO User (id, email, name, role, organisationId, createdAt, updatedAt) VALUES (?, ?, ?, 'staff', ?, ?, ?)",
    )
    .run(
      "demo-user",
      "staff@demo.skillsbridge.test",
      "Demo",
      org.id,
      new Date().toISOString(),
      new Date().toISOString(),
    );
  copy.close();

  const port = E2E_PORT + 103;
  const real = { DATABASE_URL: `file:${ownDb}`, APP_ORIGIN: "https://skillsbridge.example.org" };
  await expect(startSecondServer(port, real)).rejects.toThrow(
    /demo account[\s\S]*will not start[\s\S]*SEED_DEMO=true/,
  );
  // Run as several processes, it stops as a whole, with the same reason, rather than restarting them.
  await expect(startSecondServer(port, { ...real, WEB_CONCURRENCY: "2" })).rejects.toThrow(
    /exited with 1[\s\S]*demo account[\s\S]*will not start/,
  );
  // Told it is a demo, it serves.
  const demo = await startSecondServer(port, { ...real, SEED_DEMO: "true" });
  demo.process.kill("SIGTERM");
  expect(await demo.exited).toBe(0);
});

test("staff insight is computed on the worker thread, so no request waits on it", async ({
  page,
  request,
  signInShared,
}) => {
  const computed = async (thread: string) => {
    const text = await (await request.get("/metrics")).text();
    const line = new RegExp(`^insight_views_computed_total\\{thread="${thread}"\\} (\\d+)$`, "m");
    return Number(text.match(line)?.[1] ?? 0);
  };
  const [workerBefore, requestBefore] = [await computed("worker"), await computed("request")];
  await signInShared(page, "staff");
  // A view no test has asked for, so the cache cannot answer it.
  const response = await page.goto("/staff/insights?from=2003-01-01&to=2003-06-30&by=sector");
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Readiness checks by sector" })).toBeVisible();
  expect(await computed("worker")).toBe(workerBefore + 1);
  expect(await computed("request")).toBe(requestBefore);
});

// `npm run bench`: the production build on the regional-scale database, driven
// by autocannon from a second process on loopback. Writes bench/results/latest.md
// and latest.json, plus the slowest queries Prisma logged. See docs/performance.md.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { benchEmails, BENCH_PASSWORD, SCALE_DB, seedScale } from "./seed-scale";

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [10, 50];
const RESULTS = path.resolve("bench", "results");
const TMP = path.join(RESULTS, "tmp");
const BUILD_DIR = "build-bench";

type Scenario = { name: string; path: string; as?: keyof typeof benchEmails; target: number };
// Targets: p95 in ms at 10 connections (issue 7).
const scenarios: Scenario[] = [
  { name: "Floor: same layout, no database work", path: "/accessibility", target: 50 },
  { name: "Home page, signed out", path: "/", target: 50 },
  {
    name: "Apprenticeship search: keyword and two filters",
    path: "/apprenticeships?q=digital&level=3&la=birmingham",
    target: 50,
  },
  {
    name: "Placement search as a school",
    path: "/placements?q=data&format=in-person&year=10",
    as: "school",
    target: 50,
  },
  {
    name: "An SME's readiness results",
    path: "/readiness/results/chk2-000001",
    as: "sme",
    target: 50,
  },
  { name: "Mentor matches for an SME", path: "/mentors", as: "sme", target: 50 },
  { name: "Staff insight dashboard", path: "/staff/insights", as: "staff", target: 150 },
];

async function waitForHealth() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The server did not start");
}

async function signIn(email: string) {
  const response = await fetch(`${BASE}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sb_session="));
  if (!cookie) throw new Error(`Could not sign in as ${email} (status ${response.status})`);
  return cookie.split(";")[0]!;
}

/** What scripts/bench-load.mjs reports for one run. */
type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
};

/** One line of the results: a scenario at a number of connections. */
type Row = LoadResult & {
  scenario: string;
  path: string;
  as: string;
  connections: number;
  floorRatio: number | null;
  targetP95: number;
  meetsTarget: boolean | null;
};

function load(url: string, connections: number, cookie?: string, duration = DURATION) {
  const out = execFileSync(
    process.execPath,
    [
      path.join("scripts", "bench-load.mjs"),
      JSON.stringify({ url, connections, duration, cookie }),
    ],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as LoadResult;
}

function slowestQueries(file: string, top = 10) {
  if (!fs.existsSync(file)) return [];
  const stats = new Map<string, { count: number; total: number; max: number }>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const { query, ms } = JSON.parse(line) as { query: string; ms: number };
    const s = stats.get(query) ?? { count: 0, total: 0, max: 0 };
    s.count++;
    s.total += ms;
    s.max = Math.max(s.max, ms);
    stats.set(query, s);
  }
  return [...stats.entries()]
    .map(([query, s]) => ({
      query: query.replace(/\s+/g, " ").slice(0, 160),
      count: s.count,
      meanMs: +(s.total / s.count).toFixed(2),
      maxMs: s.max,
    }))
    .sort((a, b) => b.meanMs - a.meanMs)
    .slice(0, top);
}

if (!fs.existsSync(SCALE_DB)) {
  console.info("Building the regional-scale database first...");
  await seedScale();
}
// A scale database made before the newest migrations needs them too.
execFileSync("npx", ["prisma", "migrate", "deploy"], {
  stdio: "ignore",
  env: { ...process.env, DATABASE_URL: `file:${SCALE_DB}` },
});
fs.rmSync(TMP, { recursive: true, force: true });
fs.mkdirSync(TMP, { recursive: true });
if (process.env.BENCH_SKIP_BUILD !== "1") {
  execFileSync("npx", ["remix", "vite:build"], {
    stdio: "ignore",
    env: { ...process.env, BUILD_DIR },
  });
}
const queryLog = path.join(TMP, "queries.jsonl");
const server = spawn(process.execPath, ["server.js"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    BUILD_DIR,
    DATABASE_URL: `file:${SCALE_DB}`,
    SESSION_SECRET: "bench-secret-bench-secret-bench",
    PRISMA_QUERY_LOG: queryLog,
  },
});
try {
  await waitForHealth();
  const cookies: Partial<Record<keyof typeof benchEmails, string>> = {};
  for (const role of Object.keys(benchEmails) as (keyof typeof benchEmails)[])
    cookies[role] = await signIn(benchEmails[role]);

  const rows: Row[] = [];
  let floorRps: Record<number, number> = {};
  for (const connections of CONNECTIONS) {
    for (const scenario of scenarios) {
      const cookie = scenario.as ? cookies[scenario.as] : undefined;
      // A short warm-up run first (JIT, SQLite page cache), discarded.
      load(`${BASE}${scenario.path}`, Math.min(connections, 10), cookie, 2);
      const result = load(`${BASE}${scenario.path}`, connections, cookie);
      if (scenario.path === scenarios[0]!.path)
        floorRps = { ...floorRps, [connections]: result.rps };
      const row: Row = {
        scenario: scenario.name,
        path: scenario.path,
        as: scenario.as ?? "signed out",
        connections,
        ...result,
        floorRatio: floorRps[connections]
          ? +(result.rps / floorRps[connections]!).toFixed(2)
          : null,
        targetP95: scenario.target,
        meetsTarget:
          connections === 10
            ? result.p95 <= scenario.target && result.errors === 0 && result.non2xx === 0
            : null,
      };
      rows.push(row);
      console.info(
        `${connections} conn  ${scenario.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}`,
      );
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  const queries = slowestQueries(queryLog);
  const meta = {
    date: new Date().toISOString(),
    machine: `${(await import("node:os")).cpus().length} cores`,
    durationSeconds: DURATION,
    node: process.version,
  };
  fs.writeFileSync(
    path.join(RESULTS, "latest.json"),
    JSON.stringify({ meta, rows, slowestQueries: queries }, null, 2),
  );
  const md = [
    `Measured ${meta.date} on this machine (${meta.machine}, Node ${meta.node}), ${DURATION} s per run, after a warm-up run.`,
    "",
    "| page | connections | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | ÷ floor req/s | p95 target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows.map((x) => {
      const verdict =
        x.meetsTarget === null
          ? ""
          : x.meetsTarget
            ? `met (< ${x.targetP95})`
            : `missed (< ${x.targetP95})`;
      return `| ${x.scenario} | ${x.connections} | ${x.rps.toFixed(0)} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors} | ${x.non2xx} | ${x.floorRatio ?? ""} | ${verdict} |`;
    }),
    "",
    "Slowest queries (mean over the run):",
    "",
    "| query | count | mean ms | max ms |",
    "| --- | ---: | ---: | ---: |",
    ...queries.map(
      (q) =>
        `| \`${q.query.replace(/\|/g, "\\|")}\` | ${q.count} | ${q.meanMs} | ${Math.round(q.maxMs)} |`,
    ),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(RESULTS, "latest.md"), md);
  console.info(`\nWrote ${path.join(RESULTS, "latest.md")} and latest.json`);
} finally {
  server.kill("SIGTERM");
}

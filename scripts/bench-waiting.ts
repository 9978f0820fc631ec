// `npm run bench:waiting`: does any request wait on another? (issue 16)
// 1. Staff insight: one new view alone, then three new views at once while
//    /healthz is asked again and again, with the aggregates on the request
//    thread (INSIGHT_WORKERS=0, how it was) and on a worker thread (now), in
//    interleaved rounds of the same run. Reports /healthz p50/p99/max, each
//    view's time, the server's event-loop lag p99 (from /metrics) and its memory.
// 2. One and two server processes (WEB_CONCURRENCY) on hot pages, each just
//    after the Remix floor, as req/s and p95.
// Writes bench/results/waiting.md and waiting.json. See docs/performance.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ANCHOR_DIR,
  appServer,
  BASE,
  benchEmails,
  DURATION,
  FACTOR,
  FLOOR,
  load,
  prepareBench,
  RESULTS,
  rssMb,
  signIn,
  startProcess,
  stopProcess,
  waitFor,
  waitForHealth,
} from "./bench-lib";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** BENCH_PARTS=processes (or insight) runs one part only. */
const PARTS = (process.env.BENCH_PARTS ?? "insight,processes").split(",");
/**
 * Where the insight views are computed: on the request thread (INSIGHT_WORKERS=0), on the
 * worker thread at nice 10 (the default, decision 058), or on the worker thread at the
 * request thread's own priority (INSIGHT_WORKER_NICE=0, as before 058).
 * BENCH_MODES=worker,worker-nice-0 picks some (request, worker, worker-nice-0).
 */
const MODES = {
  request: { name: "request thread", env: { INSIGHT_WORKERS: "0" } },
  worker: { name: "worker thread", env: { INSIGHT_WORKERS: "1" } },
  "worker-nice-0": {
    name: "worker thread, normal priority",
    env: { INSIGHT_WORKERS: "1", INSIGHT_WORKER_NICE: "0" },
  },
} as const;
type Mode = (typeof MODES)[keyof typeof MODES]["name"];
const modes = (process.env.BENCH_MODES ?? "request,worker,worker-nice-0")
  .split(",")
  .map((m) => MODES[m as keyof typeof MODES]);

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const round1 = (n: number) => Math.round(n * 10) / 10;

/** One request's time in ms and its status (0 when nothing answered). */
async function timed(url: string, cookie?: string) {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

async function eventLoopLagP99Ms() {
  const text = await (await fetch(`${BASE}/metrics`)).text();
  const value = text.match(/^nodejs_eventloop_lag_p99_seconds (\S+)$/m)?.[1];
  return value ? round1(Number(value) * 1000) : null;
}

type InsightRound = {
  mode: Mode;
  firstViewMs: number;
  threeViewsMs: number[];
  /** Answers other than 200, of the four views and every /healthz. */
  failed: number;
  healthz: { count: number; p50: number; p99: number; max: number };
  eventLoopLagP99Ms: number | null;
  rssMb: number;
  anonMb: number;
  /** The machine's 1-minute load average just after the three views: is it the shared CPU? */
  loadAverage: number;
};

async function insightRound(mode: Mode): Promise<InsightRound> {
  const server = appServer({ ...Object.values(MODES).find((m) => m.name === mode)!.env });
  try {
    await waitForHealth();
    const cookie = await signIn(benchEmails.staff);
    // A worker loads the build after the server listens: give it a moment, as a real start would.
    await new Promise((r) => setTimeout(r, 3000));
    await timed(`${BASE}/accessibility`, cookie);
    // A fresh server has an empty cache: each of these views is computed.
    const first = await timed(`${BASE}/staff/insights?by=la`, cookie);
    await eventLoopLagP99Ms(); // starts the lag histogram afresh
    const samples: { ms: number; status: number }[] = [];
    let busy = true;
    const poll = (async () => {
      while (busy) {
        samples.push(await timed(`${BASE}/healthz`));
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    let three: { ms: number; status: number }[];
    try {
      three = await Promise.all(
        ["by=sector", "by=size", "by=la&sector=J"].map((q) =>
          timed(`${BASE}/staff/insights?${q}`, cookie),
        ),
      );
    } finally {
      busy = false;
      await poll;
    }
    const lag = await eventLoopLagP99Ms();
    const sorted = samples.map((x) => x.ms).sort((a, b) => a - b);
    return {
      mode,
      firstViewMs: round1(first.ms),
      threeViewsMs: three.map((x) => round1(x.ms)),
      failed: [first, ...three, ...samples].filter((x) => x.status !== 200).length,
      healthz: {
        count: sorted.length,
        p50: round1(percentile(sorted, 50)),
        p99: round1(percentile(sorted, 99)),
        max: round1(sorted.at(-1) ?? 0),
      },
      eventLoopLagP99Ms: lag,
      rssMb: rssMb(server.pid),
      anonMb: rssMb(server.pid, "RssAnon"),
      loadAverage: +os.loadavg()[0]!.toFixed(1),
    };
  } finally {
    await stopProcess(server);
  }
}

type ProcessesRow = {
  processes: number;
  page: string;
  rps: number;
  p95: number | null;
  floorRps: number;
  floorP95: number | null;
  rssMb: number;
};

const hotPages: { path: string; as?: keyof typeof benchEmails }[] = [
  { path: "/accessibility" },
  { path: "/apprenticeships?q=digital&level=3&la=birmingham" },
  { path: "/placements?q=data&format=in-person&year=10", as: "school" },
];

async function processesRound(processes: number): Promise<ProcessesRow[]> {
  const server = appServer({ WEB_CONCURRENCY: String(processes) });
  try {
    await waitForHealth();
    await new Promise((r) => setTimeout(r, 3000));
    const rows: ProcessesRow[] = [];
    for (const page of hotPages) {
      const cookie = page.as ? await signIn(benchEmails[page.as]) : undefined;
      const url = `${BASE}${page.path}`;
      load(FLOOR, 10, undefined, 2);
      const floor = load(FLOOR, 10);
      load(url, 10, cookie, 2); // warm-up
      const result = load(url, 10, cookie);
      rows.push({
        processes,
        page: page.path,
        rps: result.rps,
        p95: result.p95,
        floorRps: floor.rps,
        floorP95: floor.p95,
        rssMb: rssMb(server.pid),
      });
      console.info(
        `${processes} process(es) ${page.path}: ${result.rps} req/s, p95 ${result.p95} ms (floor ${floor.rps} req/s)`,
      );
    }
    return rows;
  } finally {
    await stopProcess(server);
  }
}

await prepareBench();
const floorServer = startProcess(
  ["server.mjs"],
  { PORT: String(new URL(FLOOR).port), NODE_ENV: "production" },
  path.join(ANCHOR_DIR, "remix"),
);
try {
  await waitFor(FLOOR);
  const insight: InsightRound[] = [];
  for (let i = 0; PARTS.includes("insight") && i < ROUNDS; i++) {
    for (const mode of modes.map((m) => m.name)) {
      const r = await insightRound(mode);
      insight.push(r);
      console.info(
        `${mode}: first view ${r.firstViewMs} ms; three at once ${r.threeViewsMs.join(", ")} ms; /healthz p50 ${r.healthz.p50} p99 ${r.healthz.p99} max ${r.healthz.max} ms (${r.healthz.count}); lag p99 ${r.eventLoopLagP99Ms} ms; RSS ${r.rssMb} MB; load ${r.loadAverage}; failed ${r.failed}`,
      );
    }
  }
  const processes: ProcessesRow[] = [];
  for (let i = 0; PARTS.includes("processes") && i < Math.max(1, ROUNDS - 1); i++)
    for (const n of [1, 2]) processes.push(...(await processesRound(n)));

  const summary = modes.map(({ name: mode }) => {
    const rounds = insight.filter((r) => r.mode === mode);
    return {
      mode,
      firstViewMs: median(rounds.map((r) => r.firstViewMs)),
      threeViewsMaxMs: median(rounds.map((r) => Math.max(...r.threeViewsMs))),
      healthzP50: median(rounds.map((r) => r.healthz.p50)),
      healthzP99: median(rounds.map((r) => r.healthz.p99)),
      healthzMax: median(rounds.map((r) => r.healthz.max)),
      lagP99: median(rounds.map((r) => r.eventLoopLagP99Ms ?? 0)),
      rssMb: median(rounds.map((r) => r.rssMb)),
      anonMb: median(rounds.map((r) => r.anonMb)),
      loadAverage: median(rounds.map((r) => r.loadAverage)),
      failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    };
  });
  const byPage = hotPages.map((page) => {
    const at = (n: number) => processes.filter((r) => r.page === page.path && r.processes === n);
    const one = median(at(1).map((r) => r.rps));
    const two = median(at(2).map((r) => r.rps));
    return {
      page: page.path,
      one,
      two,
      ratio: one ? Math.round((two / one) * 100) / 100 : null,
      p95One: median(at(1).map((r) => r.p95 ?? 0)),
      p95Two: median(at(2).map((r) => r.p95 ?? 0)),
      floor: median([...at(1), ...at(2)].map((r) => r.floorRps)),
      rssOne: median(at(1).map((r) => r.rssMb)),
      rssTwo: median(at(2).map((r) => r.rssMb)),
    };
  });
  const meta = {
    date: new Date().toISOString(),
    factor: FACTOR,
    rounds: ROUNDS,
    durationSeconds: DURATION,
    node: process.version,
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, "waiting.json"),
    JSON.stringify({ meta, insight, summary, processes, byPage }, null, 2),
  );
  const md = [
    `Measured ${meta.date}, scale factor ${FACTOR}, ${ROUNDS} interleaved rounds (medians), Node ${meta.node}.`,
    "",
    "Staff insight: one new view alone, then three new views at once while /healthz is asked every 10 ms:",
    "",
    "| insight computed on | first view ms | slowest of three ms | /healthz p50 ms | /healthz p99 ms | /healthz max ms | event-loop lag p99 ms | RSS MB | private MB | load average | failed answers (all rounds) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...summary.map(
      (s) =>
        `| ${s.mode} | ${s.firstViewMs} | ${s.threeViewsMaxMs} | ${s.healthzP50} | ${s.healthzP99} | ${s.healthzMax} | ${s.lagP99} | ${s.rssMb} | ${s.anonMb} | ${s.loadAverage} | ${s.failed} |`,
    ),
    "",
    `One and two server processes (WEB_CONCURRENCY), 10 connections, ${DURATION} s each, each page just after the Remix floor:`,
    "",
    "| page | 1 process req/s | 2 processes req/s | × | p95 ms (1) | p95 ms (2) | floor req/s | RSS MB (1) | RSS MB (2) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...byPage.map(
      (p) =>
        `| \`${p.page}\` | ${p.one} | ${p.two} | ${p.ratio ?? ""} | ${p.p95One} | ${p.p95Two} | ${p.floor} | ${p.rssOne} | ${p.rssTwo} |`,
    ),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(RESULTS, "waiting.md"), md);
  console.info(`\n${md}\nWrote ${path.join(RESULTS, "waiting.md")}`);
} finally {
  floorServer.kill();
}

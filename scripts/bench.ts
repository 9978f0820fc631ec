// `npm run bench`: the production build on the regional-scale database, driven
// by autocannon from a second process on loopback, with two anchors measured in
// the same run, just before each page (so drift on this shared machine hits all
// alike): a bare node:http hello world and a one-route Remix app (bench/anchor/).
// Every page is reported as req/s, p50/p95/p99, server CPU time per request and
// its ratio to the Remix floor. Query logging is off in the measured runs; a
// separate short pass logs queries, and another saves a CPU profile per page.
// Writes bench/results/latest.md and latest.json. See docs/performance.md.

import fs from "node:fs";
import path from "node:path";
import {
  ANCHOR_DIR,
  appServer,
  BASE,
  benchEmails,
  CONNECTIONS,
  DURATION,
  FACTOR,
  FLOOR,
  HELLO,
  type LoadResult,
  load,
  LOAD_CPUS,
  measure,
  PORT,
  prepareBench,
  PROFILE,
  RESULTS,
  rssMb,
  signIn,
  startProcess,
  stopProcess,
  TMP,
  waitFor,
  waitForHealth,
} from "./bench-lib";
import { BENCH_VACANCY } from "./seed-scale-applications";

type Scenario = { name: string; path: string; as?: keyof typeof benchEmails; target: number };
// Targets: p95 in ms at 10 connections (issue 7).
const scenarios: Scenario[] = [
  { name: "Layout page, no data", path: "/accessibility", target: 50 },
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
  {
    name: "An employer's applications (its vacancy with the most)",
    path: `/postings/apprenticeships/${BENCH_VACANCY}/applications`,
    as: "sme",
    target: 50,
  },
  {
    name: "An employer's applications, filtered and paged",
    path: `/postings/apprenticeships/${BENCH_VACANCY}/applications?state=unsuccessful&page=20`,
    as: "sme",
    target: 50,
  },
];
// BENCH_ONLY=applications measures only the pages whose name holds that word.
const only = process.env.BENCH_ONLY?.toLowerCase();
if (only)
  scenarios.splice(
    0,
    scenarios.length,
    ...scenarios.filter((s) => s.name.toLowerCase().includes(only)),
  );

/** One line of the results: a scenario at a number of connections. */
type Row = LoadResult & {
  scenario: string;
  path: string;
  as: string;
  connections: number;
  /** Server CPU time (user + system) per request, from /proc: steadier than req/s on a busy machine. */
  cpuMsPerRequest: number | null;
  floor: { rps: number; p95: number | null; cpuMsPerRequest: number | null };
  hello: { rps: number; p95: number | null };
  floorRatio: number | null;
  targetP95: number;
  meetsTarget: boolean | null;
  /** The server's resident memory (all its processes) just after the run, and its private part. */
  rssMb: number;
  anonMb: number;
};

/**
 * The top functions by self time in a V8 CPU profile, idle time left out, and the
 * first `skipMs` too: the profile starts with the process, and its start-up
 * (loading modules, the sign-in, the warm-up) had filled the top of the list.
 */
function topFunctions(file: string, skipMs = 0, top = 8) {
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let busy = 0;
  let elapsedUs = 0;
  profile.samples.forEach((id, i) => {
    elapsedUs += profile.timeDeltas[i] ?? 0;
    if (elapsedUs < skipMs * 1000) return;
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === "(idle)") return;
    const where = frame.url
      ? frame.url
          .split("/node_modules/")
          .pop()!
          .replace(/^file:\/\/.*\//, "")
      : "";
    const key = `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    busy += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, t]) => ({ fn, percent: +((t / busy) * 100).toFixed(1) }));
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

await prepareBench();
const hello = startProcess([path.join(ANCHOR_DIR, "hello.mjs")], { PORT: String(PORT + 1) });
const floor = startProcess(
  ["server.mjs"],
  { PORT: String(PORT + 2), NODE_ENV: "production" },
  path.join(ANCHOR_DIR, "remix"),
);
let server = appServer();
try {
  await waitForHealth();
  await waitFor(HELLO);
  await waitFor(FLOOR);
  const cookies: Partial<Record<keyof typeof benchEmails, string>> = {};
  for (const role of Object.keys(benchEmails) as (keyof typeof benchEmails)[])
    cookies[role] = await signIn(benchEmails[role]);

  const rows: Row[] = [];
  for (const connections of CONNECTIONS) {
    for (const scenario of scenarios) {
      const cookie = scenario.as ? cookies[scenario.as] : undefined;
      // The anchors just before the page, so the ratio compares runs seconds apart.
      const helloRun = measure(HELLO, hello.pid, connections);
      const floorRun = measure(FLOOR, floor.pid, connections);
      const result = measure(`${BASE}${scenario.path}`, server.pid, connections, cookie);
      const row: Row = {
        scenario: scenario.name,
        path: scenario.path,
        as: scenario.as ?? "signed out",
        connections,
        ...result,
        floor: { rps: floorRun.rps, p95: floorRun.p95, cpuMsPerRequest: floorRun.cpuMsPerRequest },
        hello: { rps: helloRun.rps, p95: helloRun.p95 },
        floorRatio: floorRun.rps ? +(result.rps / floorRun.rps).toFixed(2) : null,
        targetP95: scenario.target,
        meetsTarget:
          connections === 10
            ? result.p95 <= scenario.target && result.errors === 0 && result.non2xx === 0
            : null,
        rssMb: rssMb(server.pid),
        anonMb: rssMb(server.pid, "RssAnon"),
      };
      rows.push(row);
      console.info(
        `${connections} conn  ${scenario.name}: ${result.rps.toFixed(0)} req/s (floor ${floorRun.rps}, hello ${helloRun.rps}, ratio ${row.floorRatio}), p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, CPU ${result.cpuMsPerRequest} ms/request (floor ${floorRun.cpuMsPerRequest}), RSS ${row.rssMb} MB (private ${row.anonMb}), errors ${result.errors}, non-2xx ${result.non2xx}`,
      );
    }
  }

  // A separate, short pass with query logging on (it costs time itself).
  await stopProcess(server);
  const queryLog = path.join(TMP, "queries.jsonl");
  server = appServer({ PRISMA_QUERY_LOG: queryLog });
  await waitForHealth();
  for (const role of Object.keys(benchEmails) as (keyof typeof benchEmails)[])
    cookies[role] = await signIn(benchEmails[role]);
  for (const scenario of scenarios)
    load(`${BASE}${scenario.path}`, 10, scenario.as ? cookies[scenario.as] : undefined, 3);
  await stopProcess(server);
  const queries = slowestQueries(queryLog);

  // A CPU profile per page, saved with the results.
  const profiles: { scenario: string; file: string; top: ReturnType<typeof topFunctions> }[] = [];
  if (PROFILE) {
    const dir = path.join(RESULTS, "profiles");
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [index, scenario] of scenarios.entries()) {
      const own = path.join(TMP, `profile-${index}`);
      const started = performance.now();
      server = appServer({}, ["--cpu-prof", `--cpu-prof-dir=${own}`]);
      await waitForHealth();
      const cookie = scenario.as ? await signIn(benchEmails[scenario.as]) : undefined;
      load(`${BASE}${scenario.path}`, 10, cookie, 2);
      const measuredFrom = performance.now() - started;
      load(`${BASE}${scenario.path}`, 10, cookie, Math.min(DURATION, 5));
      await stopProcess(server, "SIGINT"); // --cpu-prof writes on a clean exit
      const written = fs.readdirSync(own).find((f) => f.endsWith(".cpuprofile"));
      if (!written) continue;
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${String(index + 1).padStart(2, "0")}.cpuprofile`);
      fs.renameSync(path.join(own, written), file);
      profiles.push({
        scenario: scenario.name,
        file: path.relative(RESULTS, file),
        top: topFunctions(file, measuredFrom),
      });
    }
  }

  const meta = {
    date: new Date().toISOString(),
    machine: `${(await import("node:os")).cpus().length} cores`,
    durationSeconds: DURATION,
    node: process.version,
    factor: FACTOR,
    processes: Number(process.env.WEB_CONCURRENCY ?? 1),
    loadGeneratorCpus: LOAD_CPUS || "any",
    loadAverageAtEnd: (await import("node:os")).loadavg().map((l) => +l.toFixed(1)),
  };
  fs.writeFileSync(
    path.join(RESULTS, "latest.json"),
    JSON.stringify({ meta, rows, slowestQueries: queries, profiles }, null, 2),
  );
  const md = [
    `Measured ${meta.date} on this machine (${meta.machine}, Node ${meta.node}), scale factor ${FACTOR}, ${meta.processes} server process(es), load generator on CPUs ${meta.loadGeneratorCpus}, load average at the end ${meta.loadAverageAtEnd.join(" ")}, ${DURATION} s per run, after a warm-up run. Each page is measured just after the two anchors; "× floor" is its req/s over the Remix floor's in that same moment.`,
    "",
    "| page | conn | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | errors | non-2xx | floor req/s | floor p95 | floor CPU ms/req | hello req/s | × floor | RSS MB | private MB | p95 target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows.map((x) => {
      const verdict =
        x.meetsTarget === null
          ? ""
          : x.meetsTarget
            ? `met (< ${x.targetP95})`
            : `missed (< ${x.targetP95})`;
      return `| ${x.scenario} | ${x.connections} | ${x.rps.toFixed(0)} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.cpuMsPerRequest ?? ""} | ${x.errors} | ${x.non2xx} | ${x.floor.rps} | ${x.floor.p95} | ${x.floor.cpuMsPerRequest ?? ""} | ${x.hello.rps} | ${x.floorRatio ?? ""} | ${x.rssMb} | ${x.anonMb} | ${verdict} |`;
    }),
    "",
    "Slowest queries (mean over a separate, logged pass):",
    "",
    "| query | count | mean ms | max ms |",
    "| --- | ---: | ---: | ---: |",
    ...queries.map(
      (q) =>
        `| \`${q.query.replace(/\|/g, "\\|")}\` | ${q.count} | ${q.meanMs} | ${Math.round(q.maxMs)} |`,
    ),
    "",
    ...profiles.flatMap((p) => [
      `Top functions by self time under load (start-up and warm-up left out), ${p.scenario} (${p.file}):`,
      "",
      ...p.top.map((t) => `- ${t.percent}% \`${t.fn}\``),
      "",
    ]),
  ].join("\n");
  fs.writeFileSync(path.join(RESULTS, "latest.md"), md);
  console.info(`\nWrote ${path.join(RESULTS, "latest.md")} and latest.json`);
} finally {
  await stopProcess(server);
  hello.kill();
  floor.kill();
}

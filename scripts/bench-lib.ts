// What the benchmarks share (`npm run bench`, `npm run bench:waiting`): the
// ports, the scale database, the builds, starting and stopping servers, signing
// in, and one load run with the server CPU it cost. See docs/performance.md.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { benchEmails, BENCH_PASSWORD, scaleDbFile, seedScale } from "./seed-scale";
import { seedScaleApplications } from "./seed-scale-applications";

export { benchEmails };

export const PORT = Number(process.env.BENCH_PORT ?? 3500);
export const BASE = `http://127.0.0.1:${PORT}`;
export const HELLO = `http://127.0.0.1:${PORT + 1}/`;
export const FLOOR = `http://127.0.0.1:${PORT + 2}/`;
export const ANCHOR_DIR = path.join("bench", "anchor");
export const PROFILE = process.env.BENCH_PROFILE !== "0";
/** BENCH_FACTOR=10 runs on the region ten times over (`npm run seed:scale -- --factor 10`). */
export const FACTOR = Number(process.env.BENCH_FACTOR ?? 1);
export const SCALE_DB = scaleDbFile(FACTOR);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = [10, 50];
export const RESULTS = path.resolve("bench", "results");
export const TMP = path.join(RESULTS, "tmp");
export const BUILD_DIR = "build-bench";

export async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Nothing answered at ${url}`);
}

export const waitForHealth = () => waitFor(`${BASE}/healthz`);

/** The server's SESSION_SECRET, which the bench's own staff session and two-step secret need too. */
const BENCH_SESSION_SECRET = "bench-secret-bench-secret-bench";

/**
 * Staff must use two-step sign-in (decision 034): signed in with a password alone,
 * every staff page redirects to setting it up, so the bench had been measuring a
 * redirect. As the e2e suites' startSession does (decision 014), the bench gives
 * its staff account a confirmed two-step row and a session made by the app's own
 * createUserSession on the scale database, rather than typing a code that works
 * once per 30 seconds.
 */
async function staffSession(email: string): Promise<string> {
  process.env.DATABASE_URL = `file:${SCALE_DB}`;
  process.env.SESSION_SECRET = BENCH_SESSION_SECRET;
  const { prisma } = await import("~/db.server");
  const { sealSecret } = await import("~/auth/secret-box.server");
  const { createUserSession } = await import("~/auth/session.server");
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await prisma.twoStep.upsert({
    where: { userId: user.id },
    create: {
      userId: user.id,
      secret: sealSecret("BENCHBENCHBENCHBENCH"),
      confirmedAt: new Date(),
    },
    update: {},
    select: { userId: true },
  });
  return (await createUserSession(user.id)).split(";")[0]!;
}

export async function signIn(email: string): Promise<string> {
  if (email === benchEmails.staff) return staffSession(email);
  const post = () =>
    fetch(`${BASE}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password: BENCH_PASSWORD }),
    });
  // A kept-alive connection the server closed while idle fails once ("other side closed"): ask again.
  const response = await post().catch(post);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sb_session="));
  if (!cookie) throw new Error(`Could not sign in as ${email} (status ${response.status})`);
  return cookie.split(";")[0]!;
}

/** What scripts/bench-load.mjs reports for one run. */
export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
};

/**
 * BENCH_LOAD_CPUS=1 pins the load generator to those cores (taskset), so it takes
 * one core's share and the server the rest: the WEB_CONCURRENCY comparison needs it.
 */
export const LOAD_CPUS = process.env.BENCH_LOAD_CPUS ?? "";

export function load(url: string, connections: number, cookie?: string, duration = DURATION) {
  const args = [
    path.join("scripts", "bench-load.mjs"),
    JSON.stringify({ url, connections, duration, cookie }),
  ];
  const out = execFileSync(
    LOAD_CPUS ? "taskset" : process.execPath,
    LOAD_CPUS ? ["-c", LOAD_CPUS, process.execPath, ...args] : args,
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as LoadResult;
}

/** The live child processes of a process (a cluster's server processes), from /proc. */
function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.split(") ")[1]!.split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // gone
    }
  }
  return children;
}

/**
 * CPU time a process and its live children (WEB_CONCURRENCY's server processes)
 * have used so far, in ms (Linux /proc; null elsewhere).
 */
export function cpuMs(pid: number | undefined) {
  if (pid === undefined) return null;
  const own = (id: number) => {
    const fields = fs.readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  };
  try {
    let total = own(pid);
    for (const child of childPids(pid)) {
      try {
        total += own(child);
      } catch {
        // gone
      }
    }
    return total;
  } catch {
    return null;
  }
}

/**
 * Resident memory of a process and its live children, in MB: all of it (VmRSS),
 * or only the private part (`RssAnon`: the heap, the build, the caches). SQLite
 * maps the database file (mmap_size), and the pages it read count in VmRSS though
 * they are the OS's file cache, shared by every process and dropped under pressure.
 */
export function rssMb(pid: number | undefined, field: "VmRSS" | "RssAnon" = "VmRSS"): number {
  if (pid === undefined) return 0;
  const own = (id: number) => {
    try {
      const line = fs
        .readFileSync(`/proc/${id}/status`, "utf8")
        .split("\n")
        .find((l) => l.startsWith(`${field}:`));
      return line ? Number(line.replace(/\D/g, "")) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  return Math.round([pid, ...childPids(pid)].reduce((sum, id) => sum + own(id), 0));
}

/** One load run with the CPU the server spent on it. */
export function measure(
  url: string,
  pid: number | undefined,
  connections: number,
  cookie?: string,
  duration = DURATION,
) {
  load(url, Math.min(connections, 10), cookie, 2); // warm-up (JIT, SQLite page cache), discarded
  const before = cpuMs(pid);
  const result = load(url, connections, cookie, duration);
  const after = cpuMs(pid);
  const cpuMsPerRequest =
    before !== null && after !== null && result.requests
      ? +((after - before) / result.requests).toFixed(2)
      : null;
  return { ...result, cpuMsPerRequest };
}

export function startProcess(args: string[], env: Record<string, string>, cwd?: string) {
  return spawn(process.execPath, args, {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
}

export function appServer(extra: Record<string, string> = {}, nodeArgs: string[] = []) {
  return startProcess([...nodeArgs, "server.js"], {
    NODE_ENV: "production",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    BUILD_DIR,
    DATABASE_URL: `file:${SCALE_DB}`,
    SESSION_SECRET: BENCH_SESSION_SECRET,
    // The timed jobs would send the scale data's reminders during the runs.
    HOUSEKEEPING_INTERVAL_MS: "0",
    ...extra,
  });
}

export async function stopProcess(
  child: ReturnType<typeof spawn>,
  signal: NodeJS.Signals = "SIGTERM",
) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await exited;
}

/** A scale database made before applications (issue 12) gets them, once. */
function addScaleApplications(file: string) {
  const db = new Database(file);
  try {
    if (seedScaleApplications(db, new Date(process.env.SCALE_NOW ?? "2026-11-22T09:00:00Z")) > 0)
      db.exec("ANALYZE");
  } finally {
    db.close();
  }
}

/** The scale database (made first if missing, migrated), the app's build and the Remix floor's. */
export async function prepareBench() {
  if (!fs.existsSync(SCALE_DB)) {
    console.info("Building the regional-scale database first...");
    await seedScale(SCALE_DB, FACTOR);
  }
  // A scale database made before the newest migrations needs them too.
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `file:${SCALE_DB}` },
  });
  addScaleApplications(SCALE_DB);
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    execFileSync("npx", ["remix", "vite:build"], {
      stdio: "ignore",
      env: { ...process.env, BUILD_DIR },
    });
  }
  // The Remix floor is built from bench/anchor/remix with the app's own node_modules
  // (and so the same patched Remix, see patches/).
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    execFileSync("npx", ["remix", "vite:build", "--config", "vite.config.mjs"], {
      cwd: path.join(ANCHOR_DIR, "remix"),
      stdio: "ignore",
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
}

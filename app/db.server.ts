import fs from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Prisma, PrismaClient } from "~/generated/prisma/client";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteConnectionPragmas, sqlitePragmas } from "~/db-settings";
import { env } from "~/env.server";

// The one Prisma client, kept on globalThis so development reloads reuse it.
declare global {
  var __skillsbridgeDb: PrismaClient | undefined;
}

/**
 * Interactive transactions start with BEGIN IMMEDIATE, not the adapter's plain
 * (deferred) BEGIN. A deferred transaction that reads and then writes fails at
 * once with "database is locked" if another process wrote in between (SQLite
 * cannot retry it); IMMEDIATE takes the write lock first and waits the busy
 * timeout instead. Seen when tests or scripts write beside the server.
 */
class ImmediateTransactions extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    const database = (adapter as unknown as { client: { prepare: (sql: string) => unknown } })
      .client;
    const prepare = database.prepare.bind(database);
    database.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

const queryTimeListeners = new Set<(milliseconds: number) => void>();

/** Called with each query's time; metrics.server.ts listens, so scripts need not load the metrics. */
export function onQueryTime(listener: (milliseconds: number) => void) {
  queryTimeListeners.add(listener);
}

/** The insight worker thread (server/insights-worker.js) only reads: it opens its own connection read-only. */
const readOnly =
  !isMainThread && (workerData as { readOnlyDatabase?: boolean } | null)?.readOnlyDatabase === true;

function createClient() {
  // `timeout` is SQLite's busy timeout; the other settings are applied by configureDb().
  const adapter = new ImmediateTransactions({
    url: env.DATABASE_URL,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    readonly: readOnly,
  });
  const queryLog = process.env.PRISMA_QUERY_LOG;
  // Query events feed db_query_duration_seconds on /metrics (and the benchmark's log).
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  (
    client as unknown as {
      $on: (event: "query", cb: (e: { duration: number }) => void) => void;
    }
  ).$on("query", (e) => {
    for (const listener of queryTimeListeners) listener(e.duration);
  });
  if (queryLog) logQueryTimes(client, queryLog);
  return client;
}

/**
 * For the benchmark (PRISMA_QUERY_LOG=<file>): every query's SQL and time in
 * milliseconds, as JSON lines, written in batches off the request path.
 */
function logQueryTimes(client: PrismaClient, file: string) {
  let lines: string[] = [];
  (
    client as unknown as {
      $on: (event: "query", cb: (e: { query: string; duration: number }) => void) => void;
    }
  ).$on("query", (e) => lines.push(JSON.stringify({ query: e.query, ms: e.duration })));
  const flush = () => {
    if (!lines.length) return;
    fs.appendFileSync(file, `${lines.join("\n")}\n`);
    lines = [];
  };
  setInterval(flush, 1000).unref();
  process.once("beforeExit", flush);
}

export const prisma: PrismaClient = (globalThis.__skillsbridgeDb ??= createClient());

let configured: Promise<void> | undefined;
/** Connection settings; idempotent, awaited before the first request is served. */
export function configureDb() {
  configured ??= (async () => {
    // PRAGMA statements may return a row, so run them as queries.
    // A read-only connection cannot set the journal (the writer did) and never commits.
    const pragmas = readOnly ? sqliteConnectionPragmas : sqlitePragmas;
    for (const pragma of pragmas) await prisma.$queryRawUnsafe(`PRAGMA ${pragma}`);
  })();
  return configured;
}

/**
 * The write broke a unique index, such as the partial ones written in the
 * migrations (one latest check per organisation, one live booking per SME and
 * offer): the caller turns it into a refusal, not a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function disconnectDb() {
  await prisma.$disconnect();
  globalThis.__skillsbridgeDb = undefined;
}

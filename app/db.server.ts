import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { SQLITE_BUSY_TIMEOUT_MS, sqlitePragmas } from "~/db-settings";
import { env } from "~/env.server";

// The one Prisma client, kept on globalThis so development reloads reuse it.
declare global {
  var __skillsbridgeDb: PrismaClient | undefined;
}

function createClient() {
  // `timeout` is SQLite's busy timeout; the other settings are applied by configureDb().
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const client = new PrismaClient({
    adapter,
    log: process.env.PRISMA_LOG_QUERIES ? [{ emit: "event", level: "query" }] : [],
  });
  return client;
}

export const prisma: PrismaClient = (globalThis.__skillsbridgeDb ??= createClient());

let configured: Promise<void> | undefined;
/** Connection settings; idempotent, awaited before the first request is served. */
export function configureDb() {
  configured ??= (async () => {
    // PRAGMA statements may return a row, so run them as queries.
    for (const pragma of sqlitePragmas) await prisma.$queryRawUnsafe(`PRAGMA ${pragma}`);
  })();
  return configured;
}

export async function disconnectDb() {
  await prisma.$disconnect();
  globalThis.__skillsbridgeDb = undefined;
}

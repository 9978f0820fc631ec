import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "~/env.server";

// The one Prisma client, kept on globalThis so development reloads reuse it.
declare global {
  var __skillsbridgeDb: PrismaClient | undefined;
}

function createClient() {
  // better-sqlite3 turns foreign keys on by default; `timeout` is SQLite's busy
  // timeout. WAL and synchronous=NORMAL are set below (docs/decisions/003).
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 });
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
    await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  return configured;
}

export async function disconnectDb() {
  await prisma.$disconnect();
  globalThis.__skillsbridgeDb = undefined;
}

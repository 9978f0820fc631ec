import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, inject, vi } from "vitest";

// A fresh copy of the migrated base database for this test file, in a folder of
// its own: the mail outbox sits beside the database, and files run side by side.
const dir = inject("testDbDir");
const own = path.join(dir, crypto.randomUUID());
const file = path.join(own, "test.db");
fs.mkdirSync(own);
fs.copyFileSync(path.join(dir, "base.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret";

afterAll(async () => {
  // Close the database only if this file opened it: importing db.server just to
  // close it would load the whole Prisma client into files that never use it.
  if (globalThis.__skillsbridgeDb) {
    const { disconnectDb } = await import("~/db.server");
    await disconnectDb();
  }
  fs.rmSync(own, { recursive: true, force: true });
});

// A stray console.error means something went wrong that no assertion saw.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, inject, vi } from "vitest";

// A fresh copy of the migrated base database for this test file.
const dir = inject("testDbDir");
const file = path.join(dir, `${crypto.randomUUID()}.db`);
fs.copyFileSync(path.join(dir, "base.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret";

afterAll(async () => {
  const { disconnectDb } = await import("~/db.server").catch(() => ({ disconnectDb: undefined }));
  await disconnectDb?.();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});

// A stray console.error means something went wrong that no assertion saw.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

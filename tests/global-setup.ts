import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

// Migrate once to a base file with the real migrations; each test file copies it
// (tests/setup.ts), so tests never share a database or touch the dev one.
// - The migrated file is kept between runs under a name made from the migrations'
//   contents, so a run whose migrations have not changed skips `prisma migrate
//   deploy` (several seconds on a busy machine). Any change to a migration, or a
//   new one, gives a new name and a fresh migration.
// - The run's copies live in RAM (/dev/shm) where the machine has it: SQLite
//   syncs the disk at every commit (synchronous=FULL), which costs milliseconds a
//   commit on a real disk and nothing there. Durability is tested on purpose
//   elsewhere (scripts/durability.test.ts), on a real disk.
// - The folder is per run, so two runs side by side do not collide.
export default function setup(project: TestProject) {
  const root = fs.existsSync("/dev/shm") ? "/dev/shm" : path.join(process.cwd(), "data");
  const dir = path.join(root, `skillsbridge-test-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(migratedBase(), path.join(dir, "base.db"));
  project.provide("testDbDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

/** A database made by the current migrations, reused while they stay the same. */
function migratedBase() {
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  const hash = crypto.createHash("sha256");
  for (const file of listFiles(migrations)) {
    hash
      .update(path.relative(migrations, file))
      .update("\0")
      .update(fs.readFileSync(file))
      .update("\0");
  }
  const cacheDir = path.join(process.cwd(), "data", "test-cache");
  const cached = path.join(cacheDir, `base-${hash.digest("hex").slice(0, 16)}.db`);
  if (fs.existsSync(cached)) return cached;

  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir).filter((name) => name.startsWith("base-"))) {
    fs.rmSync(path.join(cacheDir, old), { force: true });
  }
  // Migrate into a file of this run's own, then rename: a run beside us never sees half a file.
  const fresh = path.join(cacheDir, `migrating-${process.pid}.db`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${fresh}` },
    stdio: "pipe",
  });
  fs.renameSync(fresh, cached);
  return cached;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    });
}

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
  }
}

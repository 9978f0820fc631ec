import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Migrate once to a base file with the real migrations; each test file copies it
// (tests/setup.ts), so tests never share a database or touch the dev one.
export default function setup() {
  const dir = path.join(process.cwd(), "data", "test");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, "base.db");
  if (fs.existsSync(path.join(process.cwd(), "prisma", "migrations"))) {
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${base}` },
      stdio: "pipe",
    });
  }
  process.env.TEST_BASE_DB = base;
}

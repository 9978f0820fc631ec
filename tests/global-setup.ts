import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

// Migrate once to a base file with the real migrations; each test file copies it
// (tests/setup.ts), so tests never share a database or touch the dev one. The
// folder is per run, so two runs side by side do not collide.
export default function setup(project: TestProject) {
  const dir = path.join(process.cwd(), "data", `test-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, "base.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${base}` },
    stdio: "pipe",
  });
  project.provide("testDbDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
  }
}

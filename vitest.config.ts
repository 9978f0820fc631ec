import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts so the Remix plugin is not loaded under tests.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: [
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
      "prisma/**/*.test.ts",
      "server/**/*.test.ts",
    ],
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/setup.ts"],
    environment: "node",
    pool: "forks",
    // Vitest's default is one worker per core less one, which on a 2-core machine
    // runs the files one at a time; much of a file's time is waiting (child
    // processes, the database), so two at a time keep both cores busy.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 20_000,
  },
});

import path from "node:path";
import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts so the Remix plugin is not loaded under tests.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});

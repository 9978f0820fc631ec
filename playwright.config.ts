import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against a production build on their own fresh
// database, their own port and a real SMTP server on loopback (e2e/smtp-capture.ts).
const PORT = Number(process.env.E2E_PORT ?? 3210);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2599);
const dbFile = path.join(process.cwd(), "data", `e2e-${PORT}.db`);
const mailDir = path.join(process.cwd(), "data", `e2e-mail-${PORT}`);

process.env.DATABASE_URL = `file:${dbFile}`;
process.env.E2E_MAIL_DIR = mailDir;
process.env.E2E_SMTP_PORT = String(SMTP_PORT);
// The server's secret, in the tests' own processes too: fixtures seal and open
// two-step secrets with the key derived from it (app/auth/secret-box.server.ts).
const SESSION_SECRET = "e2e-secret-e2e-secret-e2e-secret";
process.env.SESSION_SECRET = SESSION_SECRET;

// Debian's Chromium here and in CI; Playwright's own browser anywhere else.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(chromium) ? chromium : undefined;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /rate-limit\.spec\.ts/ },
    // Sign-in limits count per address, and every test comes from 127.0.0.1: run these last, alone.
    {
      name: "rate-limit",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /rate-limit\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: "bash e2e/serve.sh",
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      DATABASE_URL: `file:${dbFile}`,
      SESSION_SECRET,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      APP_ORIGIN: `http://127.0.0.1:${PORT}`,
      SEED_DEMO: "false",
      BUILD_DIR: process.env.BUILD_DIR ?? "build",
    },
  },
});

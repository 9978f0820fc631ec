import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

// Graceful shutdown: a second server from the same build and database. On
// SIGTERM it finishes the request in flight, then closes the database and
// exits 0. /healthz answers only while the database does.
test("SIGTERM lets requests in flight finish, then the server exits cleanly", async () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 1000;
  const server = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      BUILD_DIR: process.env.BUILD_DIR ?? "build",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status ?? 0, { timeout: 20_000 })
    .toBe(200);

  // Stop the server while a page is being answered: its headers have arrived,
  // its streamed body has not been read yet. The whole page must still come.
  const response = await fetch(`${base}/accessibility`);
  server.kill("SIGTERM");
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).toContain("Accessibility statement");
  // The last thing Remix streams: the page arrived whole.
  expect(body).toContain("</html>");
  expect(body).toContain("streamController.close()");
  expect(await exited).toBe(0);
  // Nothing is listening any more.
  await expect(fetch(`${base}/healthz`)).rejects.toThrow();
});

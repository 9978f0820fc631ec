import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "./fixtures";

export type SecondServer = {
  base: string;
  process: ChildProcess;
  /** Resolves with the exit code once the server has exited. */
  exited: Promise<number | null>;
  /** Its log lines so far (JSON, one per line, on standard output). */
  logLines: () => Record<string, unknown>[];
};

/**
 * A second production server from the same build, on `port`, for a test that
 * needs one of its own (to stop it, or to give it its own database). `env` is
 * added to the one the suite's server has. Resolves once /healthz answers 200.
 */
export async function startSecondServer(
  port: number,
  env: Record<string, string> = {},
): Promise<SecondServer> {
  const server = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      BUILD_DIR: process.env.BUILD_DIR ?? "build",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) =>
    server.once("exit", (code) => resolve(code)),
  );
  const base = `http://127.0.0.1:${port}`;
  let stderr = "";
  // Always read its output: a full pipe would stop the server's writes.
  let stdout = "";
  server.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const logLines = () =>
    stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A server that refuses to start fails at once, with what it said.
  const refused = exited.then((code) => {
    throw new Error(`The server exited with ${code} before it was ready:\n${stderr}`);
  });
  try {
    await Promise.race([
      refused,
      expect
        .poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status ?? 0, {
          // Two minutes: on a loaded 2-core machine a production start has taken 20 s.
          timeout: 120_000,
        })
        .toBe(200),
    ]);
  } catch (error) {
    server.kill("SIGTERM");
    await exited;
    throw error;
  }
  refused.catch(() => {});
  return { base, process: server, exited, logLines };
}

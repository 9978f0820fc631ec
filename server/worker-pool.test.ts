import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { workerPool } from "./worker-pool.js";

type Pool = {
  run: (input: unknown) => Promise<unknown>;
  close: () => Promise<void>;
  size: number;
};

// A real worker thread: answers with its thread id and the input, fails on
// request, or stops its thread (as a crash would) on request.
const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pool-")), "worker.mjs");
fs.writeFileSync(
  script,
  `import { parentPort, threadId, workerData } from "node:worker_threads";
parentPort.on("message", ({ id, input }) => {
  if (input === "fail") return parentPort.postMessage({ id, error: "it failed" });
  if (input === "crash") process.exit(3);
  if (input === "slow") return setTimeout(() => parentPort.postMessage({ id, output: { threadId, input } }), 200);
  parentPort.postMessage({ id, output: { threadId, input, data: workerData } });
});`,
);

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("workerPool", () => {
  it("answers each job on a worker thread with its own input", async () => {
    pool = workerPool({ script, workerData: { readOnlyDatabase: true }, size: 2 }) as Pool;
    const answers = (await Promise.all([1, 2, 3, 4].map((n) => pool!.run(n)))) as {
      threadId: number;
      input: number;
      data: unknown;
    }[];
    expect(answers.map((a) => a.input)).toEqual([1, 2, 3, 4]);
    expect(answers[0]!.data).toEqual({ readOnlyDatabase: true });
    // Spread over both threads, and none of them this one.
    expect(new Set(answers.map((a) => a.threadId)).size).toBe(2);
  });

  it("rejects a job that fails, and goes on answering", async () => {
    pool = workerPool({ script, size: 1 }) as Pool;
    await expect(pool.run("fail")).rejects.toThrow("it failed");
    await expect(pool.run(5)).resolves.toMatchObject({ input: 5 });
  });

  it("rejects the jobs of a worker that stops, and starts another in its place", async () => {
    const errors: unknown[] = [];
    pool = workerPool({ script, size: 1, onError: (e: unknown) => errors.push(e) }) as Pool;
    const first = (await pool.run(1)) as { threadId: number };
    const slow = pool.run("slow");
    await expect(pool.run("crash")).rejects.toThrow("exit code 3");
    await expect(slow).rejects.toThrow("exit code 3");
    const after = (await pool.run(2)) as { threadId: number };
    expect(after.threadId).not.toBe(first.threadId);
    expect(errors).toHaveLength(1);
  });

  it("refuses work once closed", async () => {
    pool = workerPool({ script, size: 1 }) as Pool;
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow("closed");
  });
});

// A worker thread that builds staff insight tables (server/worker-pool.js). It
// loads the same server build as the request thread, so the queries and the
// disclosure rules are the app's own, with its own read-only database
// connection (app/db.server.ts opens it read-only on a worker thread).
import fs from "node:fs";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

// Below the request thread in the scheduler's eyes (decision 058): on a busy
// machine a view being computed took the CPU from /healthz and the pages. On
// Linux a thread has its own nice value; /proc/thread-self names this thread's
// id, and setpriority on that id changes this thread alone. Elsewhere, or if
// the system refuses, it runs at the normal priority.
if (workerData.nice) {
  try {
    const threadId = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    os.setPriority(threadId, workerData.nice);
  } catch {
    // Not Linux, or not allowed: the normal priority.
  }
}

const build = await import(pathToFileURL(workerData.serverBuildPath).href);
const { insightsOnThisThread } = build.entry.module;

parentPort.on("message", ({ id, input }) => {
  insightsOnThisThread(input.filters, input.nowMs).then(
    (output) => parentPort.postMessage({ id, output }),
    (error) =>
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});

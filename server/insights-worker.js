// A worker thread that builds staff insight tables (server/worker-pool.js). It
// loads the same server build as the request thread, so the queries and the
// disclosure rules are the app's own, with its own read-only database
// connection (app/db.server.ts opens it read-only on a worker thread).
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const build = await import(pathToFileURL(workerData.serverBuildPath).href);
const { insightsOnThisThread } = build.entry.module;

parentPort.on("message", ({ id, input }) => {
  insightsOnThisThread(input.filters, input.nowMs).then(
    (output) => parentPort.postMessage({ id, output }),
    (error) =>
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});

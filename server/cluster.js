// WEB_CONCURRENCY=N: this primary process runs N server processes (server/app.js)
// that share the port and the SQLite file in WAL mode (decision 040). The app
// keeps nothing between requests that another process could make wrong: caches
// check the database's DataVersion counter, limits live in the database, and
// background jobs claim their work in the database (once-only rows).
import cluster from "node:cluster";
import { pino } from "pino";

const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "skillsbridge", role: "primary" },
});

// More restarts than this in a minute means something is wrong with every start.
const MAX_RESTARTS_PER_MINUTE = 5;

export function runCluster(size) {
  let stopping = false;
  let exitCode = 0;
  let listened = false;
  const restarts = [];

  const alive = () => Object.keys(cluster.workers ?? {}).length;

  function stopAll(code) {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    if (alive() === 0) process.exit(exitCode);
  }

  cluster.on("listening", () => {
    listened = true;
  });

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) exitCode = 1;
      if (alive() === 0) process.exit(exitCode);
      return;
    }
    logger.error(
      { event: "process.exit", pid: worker.process.pid, code, signal },
      "a server process stopped",
    );
    // One that never served (the database refused, or demo accounts on a real
    // site): the others would fail the same way, so stop with its code.
    if (!listened) return stopAll(code || 1);
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      logger.fatal({ event: "process.restarts" }, "server processes keep stopping; giving up");
      return stopAll(1);
    }
    cluster.fork();
  });

  for (let i = 0; i < size; i += 1) cluster.fork();
  logger.info({ event: "cluster.start", processes: size }, `running ${size} server processes`);

  process.on("SIGTERM", () => stopAll(0));
  process.on("SIGINT", () => stopAll(0));
}

// Starts SkillsBridge: one server process, or with WEB_CONCURRENCY=N a primary
// that runs N of them on the same port and SQLite file (decision 040).
// Plain JavaScript so it runs with no build step. See docs/architecture.md.
import cluster from "node:cluster";

const processes = Number(process.env.WEB_CONCURRENCY ?? 1);

if (cluster.isPrimary && processes > 1) {
  const { runCluster } = await import("./server/cluster.js");
  runCluster(processes);
} else {
  await import("./server/app.js");
}

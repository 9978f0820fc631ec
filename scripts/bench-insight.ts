// `npm run bench:insight`: the staff insight first view (a new filter, nothing
// cached), computed in this process against the scale database, with each table's
// time and every query's SQL time. Issue 16's target: under 300 ms at 25,000 SMEs,
// under 1 s at ten times that. Run it on a copy: SCALE_DATABASE_FILE=<copy>.
// Rounds alternate the views so each is measured cold-ish and warm alike. Tables are
// built one after another (so each has its own time), sharing one read of the latest
// checks as the page does: the scores table's time is then only its own work.
import { scaleDbFile } from "./seed-scale";

const FACTOR = Number(process.env.BENCH_FACTOR ?? 1);
process.env.DATABASE_URL = `file:${scaleDbFile(FACTOR)}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const { prisma } = await import("~/db.server");
const { buildInsightTable, insightTableIds, queriesFor } =
  await import("~/insights/insights.server");
const { parseInsightView } = await import("~/insights/filter-schema");

const queries: { query: string; ms: number }[] = [];
(
  prisma as unknown as {
    $on: (event: "query", cb: (e: { query: string; duration: number }) => void) => void;
  }
).$on("query", (e) => queries.push({ query: e.query.replace(/\s+/g, " ").trim(), ms: e.duration }));

const views = ["by=la", "by=sector", "by=size", "by=la&sector=J", "from=2025-01-01&to=2025-12-31"];
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const totals = new Map<string, number[]>();
// CPU time too: on a shared machine the wall time says more about the neighbours.
const cpuTotals = new Map<string, number[]>();
const perTable = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const view of views) {
    const { filters } = parseInsightView(new URLSearchParams(view));
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    // One read shared by the tables that need it, as the page's buildInsightTables does.
    const shared = queriesFor(filters);
    for (const id of insightTableIds) {
      const t = performance.now();
      await buildInsightTable(id, filters, new Date(), shared);
      const key = `${view} ${id}`;
      perTable.set(key, [...(perTable.get(key) ?? []), performance.now() - t]);
    }
    totals.set(view, [...(totals.get(view) ?? []), performance.now() - started]);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTotals.set(view, [...(cpuTotals.get(view) ?? []), (cpu.user + cpu.system) / 1000]);
  }
}
const byQuery = new Map<string, number[]>();
for (const q of queries) byQuery.set(q.query, [...(byQuery.get(q.query) ?? []), q.ms]);

console.info(`Scale factor ${FACTOR}, ${ROUNDS} rounds, medians (ms):`);
for (const [view, ms] of totals)
  console.info(
    `  first view ?${view}: ${median(ms).toFixed(0)} ms, CPU ${median(cpuTotals.get(view)!).toFixed(0)} ms`,
  );
for (const id of insightTableIds)
  console.info(
    `  table ${id}: ${views.map((v) => median(perTable.get(`${v} ${id}`)!).toFixed(0)).join(" / ")} ms`,
  );
console.info("Slowest queries (median ms, count):");
for (const [query, ms] of [...byQuery].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 12))
  console.info(`  ${median(ms).toFixed(0).padStart(5)} x${ms.length}  ${query.slice(0, 150)}`);
await prisma.$disconnect();

// `npm run bench:search`: the keyword searches' SQL before and after the filter
// table (decision 057), in this process, on the scale databases: each query's
// statement CPU time (better-sqlite3, the app's connection pragmas), "before"
// (every keyword match's row read to test the filters) and "after" (only the
// matches the filter table lets through) interleaved round by round, best and
// median of BENCH_ROUNDS. The rows of both are compared equal. Also times the
// searches without keywords (no before/after: to see how they grow).
// Run it on migrated copies: BENCH_FILES=data/scale.db,data/scale-x10.db.
import Database from "better-sqlite3";
import { sqliteConnectionPragmas } from "~/db-settings";
import type { Prisma } from "~/generated/prisma/client";

const files = (process.env.BENCH_FILES ?? "data/scale.db,data/scale-x10.db").split(",");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
// The scale seed's dates are relative to the day it ran; search as of then.
const now = new Date(process.env.BENCH_NOW ?? Date.now());

process.env.DATABASE_URL = `file:${files[0]}`;
const { apprenticeshipFilters, placementFilters, ftsQuery } =
  await import("~/opportunities/search");
const { apprenticeshipQuery, pageQueries, placementQuery } =
  await import("~/opportunities/search.server");

const searches = [
  ["apprenticeships", "q=digital&level=3&la=birmingham"],
  ["apprenticeships", "q=digital&level=3&la=birmingham&sort=closing"],
  ["apprenticeships", "q=data&wage=fixed"],
  ["apprenticeships", "q=digital"],
  ["placements", "q=data&format=in-person&year=10"],
  ["placements", "q=data&la=birmingham"],
  ["placements", "q=data&la=birmingham&sort=starting"],
  ["placements", "q=data"],
  ["placements", "la=birmingham&year=10"],
  ["placements", "year=10&format=hybrid&sort=newest"],
] as const;

function queryOf(kind: string, search: string) {
  const params = new URLSearchParams(search);
  if (kind === "placements") return placementQuery(placementFilters(params), now);
  const filters = apprenticeshipFilters(params);
  return apprenticeshipQuery(filters, ftsQuery(filters.q)!, now);
}

const cpuMs = (run: () => unknown) => {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const best = (values: number[]) => Math.min(...values);
const fmt = (ms: number) => ms.toFixed(2);

for (const file of files) {
  const db = new Database(file, { readonly: true });
  for (const pragma of sqliteConnectionPragmas) db.pragma(pragma);
  const statement = (sql: Prisma.Sql) => {
    const prepared = db.prepare(sql.sql);
    return () => prepared.all(...(sql.values as unknown[]));
  };
  console.info(`\n${file} (${ROUNDS} rounds, as of ${now.toISOString().slice(0, 10)})\n`);
  console.info(
    "| search | shown, total | before best | median | after best | median | before ÷ after (medians) |",
  );
  console.info("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [kind, search] of searches) {
    const query = queryOf(kind, search);
    const after = statement(pageQueries({ ...query, skip: 0 }).page);
    const before = statement(pageQueries({ ...query, filters: null, skip: 0 }).page);
    const rowsAfter = after() as { total?: unknown }[];
    if (JSON.stringify(rowsAfter) !== JSON.stringify(before()))
      throw new Error(`${kind}?${search}: the rows differ`);
    const times = { before: [] as number[], after: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      const order =
        round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
      for (const which of order) times[which].push(cpuMs(which === "before" ? before : after));
    }
    const ratio = median(times.before) / median(times.after);
    const total = query.match ? String(rowsAfter[0]?.total ?? 0) : "–";
    console.info(
      `| ${kind} \`${search}\` | ${rowsAfter.length}, ${total} | ${fmt(best(times.before))} | ${fmt(median(times.before))} | ${fmt(best(times.after))} | ${fmt(median(times.after))} | ${ratio.toFixed(2)} |`,
    );
  }
  db.close();
}

// `npm run bench:search`: the keyword searches' SQL before and after the filter
// table (decision 057), in this process, on the scale databases: each query's
// statement CPU time (better-sqlite3, the app's connection pragmas), "before"
// (every keyword match's row read to test the filters) and "after" (only the
// matches the filter table lets through) interleaved round by round, best and
// median of BENCH_ROUNDS. The rows of both are compared equal. Also times the
// placement lists without keywords, before and after naming their index (page and count).
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
    // Without keywords, "before" is the same SQL without naming Placement_search_idx
    // (the planner's own choice, given ANALYZE's statistics), page and count together.
    const unpinned = (sql: Prisma.Sql): Prisma.Sql =>
      ({ ...sql, sql: sql.sql.replace(/INDEXED BY "Placement_search_idx"/, "") }) as Prisma.Sql;
    const both = (page: () => unknown[], count: () => unknown[]) => () => [...page(), ...count()];
    const fresh = pageQueries({ ...query, skip: 0 });
    const old = pageQueries({ ...query, filters: null, skip: 0 });
    const after = query.match
      ? statement(fresh.page)
      : both(statement(fresh.page), statement(fresh.count));
    const before = query.match
      ? statement(old.page)
      : both(statement(unpinned(old.page)), statement(unpinned(old.count)));
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
    const shown = query.match ? rowsAfter.length : rowsAfter.length - 1;
    const total = String((query.match ? rowsAfter[0] : rowsAfter.at(-1))?.total ?? 0);
    console.info(
      `| ${kind} \`${search}\` | ${shown}, ${total} | ${fmt(best(times.before))} | ${fmt(median(times.before))} | ${fmt(best(times.after))} | ${fmt(median(times.after))} | ${ratio.toFixed(2)} |`,
    );
  }
  db.close();
}

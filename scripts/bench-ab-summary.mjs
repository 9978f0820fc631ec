// Summarises scripts/bench-ab.sh output: per query, the median of each side and old ÷ new CPU per request.
import fs from "node:fs";
const lines = fs
  .readFileSync(process.argv[2], "utf8")
  .split("\n")
  .filter((l) => /^\d+ (old|new) /.test(l));
const by = {};
for (const l of lines) {
  const [_round, side, q, ...rest] = l.split(" ");
  const r = JSON.parse(rest.join(" "));
  ((by[q] ??= {})[side] ??= []).push(r);
}
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (x) => (Math.round(x * 10) / 10).toString();
console.info(
  "| query | old CPU ms/req | new CPU ms/req | old ÷ new CPU | old req/s | new req/s | old p50/p95 ms | new p50/p95 ms | rounds |",
);
console.info("| --- | --: | --: | --: | --: | --: | --: | --: | --: |");
for (const [q, s] of Object.entries(by)) {
  const o = s.old ?? [],
    n = s.new ?? [];
  const c = (xs) => med(xs.map((r) => r.cpuMsPerReq));
  console.info(
    `| \`${q.replace("/placements", "")}\` | ${f(c(o))} (${o.map((r) => f(r.cpuMsPerReq)).join(", ")}) | ${f(c(n))} (${n.map((r) => f(r.cpuMsPerReq)).join(", ")}) | ${(c(o) / c(n)).toFixed(2)} | ${f(med(o.map((r) => r.rps)))} | ${f(med(n.map((r) => r.rps)))} | ${f(med(o.map((r) => r.p50)))} / ${f(med(o.map((r) => r.p95)))} | ${f(med(n.map((r) => r.p50)))} / ${f(med(n.map((r) => r.p95)))} | ${Math.min(o.length, n.length)} |`,
  );
}

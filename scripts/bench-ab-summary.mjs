// Summarises scripts/bench-ab.sh output: per query, the median of each side and old ÷ new CPU per request;
// with FLOOR=1, the Remix floor's medians and each side's median req/s over the floor's.
import fs from "node:fs";
const lines = fs
  .readFileSync(process.argv[2], "utf8")
  .split("\n")
  .filter((l) => /^\d+ (old|new|floor) /.test(l));
const by = {};
const floor = [];
for (const l of lines) {
  const [_round, side, q, ...rest] = l.split(" ");
  const r = JSON.parse(rest.join(" "));
  if (side === "floor") floor.push(r);
  else ((by[q] ??= {})[side] ??= []).push(r);
}
const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (x) => (Math.round(x * 10) / 10).toString();
const floorRps = floor.length ? med(floor.map((r) => r.rps)) : null;
if (floor.length)
  console.info(
    `Remix floor: ${f(floorRps)} req/s (${floor.map((r) => r.rps).join(", ")}), p95 ${f(med(floor.map((r) => r.p95)))} ms, CPU ${f(med(floor.map((r) => r.cpuMsPerReq)))} ms/req (${floor.map((r) => f(r.cpuMsPerReq)).join(", ")})\n`,
  );
const x = (rps) => (floorRps ? ` | ${(rps / floorRps).toFixed(2)}` : "");
console.info(
  `| query | old CPU ms/req | new CPU ms/req | old ÷ new CPU | old req/s | new req/s | old p50/p95 ms | new p50/p95 ms | rounds${floorRps ? " | old × floor | new × floor" : ""} |`,
);
console.info(
  `| --- | --: | --: | --: | --: | --: | --: | --: | --:${floorRps ? " | --: | --:" : ""} |`,
);
for (const [q, s] of Object.entries(by)) {
  const o = s.old ?? [],
    n = s.new ?? [];
  const c = (xs) => med(xs.map((r) => r.cpuMsPerReq));
  const rps = (xs) => med(xs.map((r) => r.rps));
  console.info(
    `| \`${q.replace("/placements", "")}\` | ${f(c(o))} (${o.map((r) => f(r.cpuMsPerReq)).join(", ")}) | ${f(c(n))} (${n.map((r) => f(r.cpuMsPerReq)).join(", ")}) | ${(c(o) / c(n)).toFixed(2)} | ${f(rps(o))} | ${f(rps(n))} | ${f(med(o.map((r) => r.p50)))} / ${f(med(o.map((r) => r.p95)))} | ${f(med(n.map((r) => r.p50)))} / ${f(med(n.map((r) => r.p95)))} | ${Math.min(o.length, n.length)}${floorRps ? `${x(rps(o))}${x(rps(n))}` : ""} |`,
  );
}

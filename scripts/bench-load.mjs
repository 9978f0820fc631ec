// One load run, in its own process (so the load generator does not share the
// server's event loop): autocannon against one URL, with our own latency
// percentiles (autocannon reports p97.5, not p95).
import autocannon from "autocannon";

const { url, connections, duration, cookie } = JSON.parse(process.argv[2]);
const times = [];
const statuses = {};
const instance = autocannon({
  url,
  connections,
  duration,
  headers: cookie ? { cookie } : {},
});
instance.on("response", (_client, statusCode, _bytes, responseTime) => {
  times.push(responseTime);
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
});
const result = await instance;
times.sort((a, b) => a - b);
const pct = (p) =>
  times.length
    ? Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] * 10) /
      10
    : null;
process.stdout.write(
  JSON.stringify({
    requests: times.length,
    rps: Math.round(result.requests.average),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
  }),
);

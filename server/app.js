// The HTTP server: static files, security headers, the Origin check, then Remix.
// Plain JavaScript so it runs with no build step. See docs/architecture.md.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { gracefulShutdown } from "./graceful-shutdown.js";
import { workerPool } from "./worker-pool.js";
import { metricsEndpoint, requestObservability, routePatternFinder } from "./observability.js";
import {
  appOriginFrom,
  clientAddress,
  originCheck,
  siteHost,
  trustProxyHops,
} from "./request-policy.js";

const isProduction = process.env.NODE_ENV === "production";
const buildDir = path.resolve(process.env.BUILD_DIR ?? "build");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const trustProxy = trustProxyHops(process.env.TRUST_PROXY);
const appOrigin = appOriginFrom(process.env.APP_ORIGIN);

const viteDevServer = isProduction
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(pathToFileURL(path.join(buildDir, "server", "index.js")).href);

// The app's own logger and metrics, from the build, so the server and the app share one of each.
const serverBuild = typeof build === "function" ? await build() : build;
const { logger, metrics } = serverBuild.entry.module;

const app = express();
app.disable("x-powered-by");
// How many proxies' X-Forwarded-For / -Proto entries to believe (decision 024).
app.set("trust proxy", trustProxy);
app.use(
  requestObservability({
    logger,
    observe: {
      request: metrics.observeRequest,
      inFlight: (change) => metrics.metrics.inFlight.inc(change),
    },
    patternOf: routePatternFinder(serverBuild.routes),
    clientAddress,
  }),
);
app.use(compression());
app.get(
  "/metrics",
  metricsEndpoint({ token: process.env.METRICS_TOKEN, page: metrics.metricsPage }),
);

// Ready for traffic: 503 from the moment the server is told to stop, so a proxy
// stops sending it requests. /healthz (alive, database answers) stays.
app.get("/readyz", (_req, res) => {
  res.set("Cache-Control", "no-store").type("text/plain");
  if (connections.stopping) res.status(503).send("stopping");
  else res.send("ready");
});

// Security headers on every response, with a fresh nonce for Remix's inline scripts.
app.use((req, res, next) => {
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  const devSources = viteDevServer ? " ws: http://localhost:* http://127.0.0.1:*" : "";
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'${viteDevServer ? " 'unsafe-inline'" : ""}`,
      // Vite injects styles in development only.
      `style-src 'self'${viteDevServer ? " 'unsafe-inline'" : ""}`,
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self'${devSources}`,
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ].join("; "),
  );
  res.setHeader("X-Content-Type-Options", "nosniff");
  // "same-origin", not "no-referrer": with no-referrer, browsers send "Origin: null" on
  // our own form posts, and the Origin check below could not tell them apart.
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (isProduction)
    res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  // Signed-in pages (and an applicant's answers) must never be kept by a shared or back-button cache.
  const cookies = req.headers.cookie ?? "";
  if (cookies.includes("sb_session=") || cookies.includes("sb_applicant="))
    res.setHeader("Cache-Control", "no-store");
  next();
});

// Methods a browser uses on our pages. TRACE would echo the request (cookies
// included) and cannot even be made into a Fetch Request, which made it a 500.
const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
app.use((req, res, next) => {
  if (knownMethods.has(req.method)) return next();
  res
    .status(405)
    .set("Allow", "GET, HEAD, POST")
    .type("text/plain")
    .send("That method is not allowed.");
});

// A state-changing request must come from our own pages (CSRF defence beside SameSite=Lax).
app.use(originCheck(appOrigin));
app.use(siteHost(appOrigin));

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Static files only where there are some, so that a page request does not ask
  // the disk first (express.static stats every path it is given; that was 7-10% of
  // the layout page's time). The build's hashed files under /assets, and the few
  // files beside it (what public/ holds: the favicon), listed once at start: a build never
  // changes under a running server.
  app.use(
    "/assets",
    express.static(path.join(buildDir, "client", "assets"), { immutable: true, maxAge: "1y" }),
  );
  const clientDir = path.join(buildDir, "client");
  const publicFiles = new Set(
    fs
      .readdirSync(clientDir, { recursive: true, encoding: "utf8" })
      .filter((file) => !file.startsWith(`assets${path.sep}`))
      .filter((file) => fs.statSync(path.join(clientDir, file)).isFile())
      .map((file) => `/${file.split(path.sep).join("/")}`),
  );
  const publicStatic = express.static(clientDir, { maxAge: "1h" });
  app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));
}

// `app.use`, not `app.all("*")`: Express decodes a route's path to match "*", and
// a malformed one ("/requests/%E0%A4%A") became its plain "Bad Request" page with a
// stack trace in the log. Remix matches the path itself and answers with the app's
// own "Page not found".
app.use(
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      clientAddress: clientAddress(req),
      requestId: String(req.id),
    }),
  }),
);

// Refuse to serve what must not be served (demo accounts on a real site), with the reason.
try {
  await serverBuild.entry.module.checkBeforeServing?.();
} catch (error) {
  logger.fatal({ event: "start.refused" }, error instanceof Error ? error.message : String(error));
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Staff insight aggregates run on worker threads with their own read-only
// connection, so no request waits on them (decision 040). Started once the
// server listens, so that loading the build again does not delay the start.
// INSIGHT_WORKERS=0 computes them on the request thread, as development does.
const insightWorkers = viteDevServer ? 0 : Number(process.env.INSIGHT_WORKERS ?? 1);
const insightWorkerNice = Math.min(
  19,
  Math.max(0, Number(process.env.INSIGHT_WORKER_NICE ?? 10) || 0),
);
let insightPool;
function startInsightWorkers() {
  if (insightWorkers <= 0) return;
  const pool = workerPool({
    script: new URL("./insights-worker.js", import.meta.url),
    workerData: {
      serverBuildPath: path.join(buildDir, "server", "index.js"),
      readOnlyDatabase: true,
      // The worker threads' nice value (0 to 19; decision 058): 10 unless INSIGHT_WORKER_NICE says.
      nice: insightWorkerNice,
    },
    size: insightWorkers,
    onError: (error) =>
      logger.error({ event: "insights.worker_failed", err: error }, "insight worker restarted"),
  });
  serverBuild.entry.module.computeInsightsWith((filters, nowMs) => pool.run({ filters, nowMs }));
  insightPool = pool;
}

const server = app.listen(port, host, () => {
  logger.info(
    { event: "start", port, host, trustProxy },
    `SkillsBridge is ready on http://localhost:${port}`,
  );
  startInsightWorkers();
});
const connections = gracefulShutdown(server);

// On SIGTERM: keep answering for a moment (a proxy polling /readyz sees 503 and
// stops sending), let requests in flight finish, close idle keep-alive
// connections, then close the database so the WAL is checkpointed cleanly.
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 500);
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  logger.info({ event: "stop", signal }, "finishing requests in flight, then stopping");
  const clean = await connections.stop({ graceMs, timeoutMs: 10_000 });
  let code = clean ? 0 : 1;
  try {
    await insightPool?.close();
    const mod = typeof build === "function" ? await build() : build;
    await mod.entry.module.shutdown?.();
    await viteDevServer?.close();
  } catch (error) {
    console.error(error);
    code = 1;
  }
  process.exit(code);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

// The HTTP server: static files, security headers, the Origin check, then Remix.
// Plain JavaScript so it runs with no build step. See docs/architecture.md.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const isProduction = process.env.NODE_ENV === "production";
const buildDir = path.resolve(process.env.BUILD_DIR ?? "build");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const viteDevServer = isProduction
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(pathToFileURL(path.join(buildDir, "server", "index.js")).href);

const app = express();
app.disable("x-powered-by");
app.use(compression());

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
      "base-uri 'self'",
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

// A state-changing request must come from our own pages (CSRF defence beside SameSite=Lax).
app.use((req, res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
  let sameSite;
  try {
    sameSite = Boolean(origin) && new URL(origin).host === req.headers.host;
  } catch {
    sameSite = false;
  }
  if (!sameSite) {
    res
      .status(403)
      .type("text/plain")
      .send("This request did not come from a SkillsBridge page, so it was refused.");
    return;
  }
  next();
});

function refererOrigin(referer) {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use(
    "/assets",
    express.static(path.join(buildDir, "client", "assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
}

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      clientAddress: req.socket.remoteAddress ?? "unknown",
    }),
  }),
);

const server = app.listen(port, host, () => {
  console.info(`SkillsBridge is ready on http://localhost:${port}`);
});

// Graceful shutdown: stop taking connections, let requests in flight finish,
// then close the database so the WAL is checkpointed cleanly.
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.info(`${signal} received: finishing requests in flight, then stopping.`);
  server.close(async () => {
    try {
      const mod = typeof build === "function" ? await build() : build;
      await mod.entry.module.shutdown?.();
      await viteDevServer?.close();
    } finally {
      process.exit(0);
    }
  });
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

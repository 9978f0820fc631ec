// One log line and one metric per request, and the /metrics page (decision 024).
// The line says: request id, method, route pattern (never the query string, which
// can hold tokens), status, duration and the client address (TRUST_PROXY).
import crypto from "node:crypto";
import { matchRoutes } from "@remix-run/router";
import { pinoHttp } from "pino-http";

/** pathname -> the route pattern that serves it ("/postings/:kind/:id"), from the Remix build's routes. */
export function routePatternFinder(routes) {
  const children = (parentId) =>
    Object.values(routes)
      .filter((route) => route.parentId === parentId)
      .map((route) => ({
        id: route.id,
        path: route.path,
        index: route.index,
        caseSensitive: route.caseSensitive,
        children: children(route.id),
      }));
  const tree = children(undefined);
  return (pathname) => {
    if (pathname.startsWith("/assets/")) return "/assets/*";
    // Remix's lazy route discovery asks for the routes of links on the page.
    if (pathname === "/__manifest") return "/__manifest";
    // Single-fetch data requests: /x.data and /_root.data
    const page = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
    const matches = matchRoutes(tree, page);
    if (!matches) return "unmatched";
    const parts = matches.map((m) => m.route.path).filter(Boolean);
    return `/${parts.join("/")}`.replace(/\/+/g, "/");
  };
}

const QUIET_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

/** Express middleware: the request log line (pino-http) and the request metrics. */
export function requestObservability({ logger, observe, patternOf, clientAddress }) {
  const log = pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = crypto.randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // No req/res objects in the line (headers hold cookies): only the fields below.
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: "requestId", responseTime: "ms" },
    customLogLevel: (req, res, err) =>
      err || res.statusCode >= 500 ? "error" : QUIET_ROUTES.has(req.route_) ? "debug" : "info",
    customSuccessMessage: () => "request",
    customErrorMessage: () => "request failed",
    customSuccessObject: (req, res, value) => ({
      method: req.method,
      route: req.route_,
      status: res.statusCode,
      client: clientAddress(req),
      ms: value.ms,
    }),
    customErrorObject: (req, res, error, value) => ({
      method: req.method,
      route: req.route_,
      status: res.statusCode,
      client: clientAddress(req),
      ms: value.ms,
      error: error instanceof Error ? error.message : String(error),
    }),
  });
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Set before pino-http reads it; `route_` because Express owns req.route.
    req.route_ = patternOf(req.path);
    observe.inFlight(1);
    res.once("close", () => {
      observe.inFlight(-1);
      observe.request({
        route: req.route_,
        method: req.method,
        status: res.statusCode,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
    log(req, res, next);
  };
}

function tokenMatches(header, token) {
  if (!token || typeof header !== "string" || !header.startsWith("Bearer ")) return false;
  const given = crypto.createHash("sha256").update(header.slice(7)).digest();
  const wanted = crypto.createHash("sha256").update(token).digest();
  return crypto.timingSafeEqual(given, wanted);
}

function isLoopback(address) {
  return address === "::1" || address.startsWith("127.");
}

/**
 * /metrics for Prometheus: from this machine straight (loopback, and no proxy
 * in between, which would make every visitor look local), or with
 * "Authorization: Bearer $METRICS_TOKEN". Everyone else gets 404.
 * @param {{ token?: string, page: () => Promise<{ body: string, contentType: string }> }} options
 */
export function metricsEndpoint({ token, page }) {
  return (req, res, next) => {
    const socket = req.socket.remoteAddress ?? "";
    const direct = isLoopback(socket.replace(/^::ffff:/, "")) && !req.headers["x-forwarded-for"];
    if (!direct && !tokenMatches(req.headers.authorization, token)) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    page()
      .then(({ body, contentType }) => {
        res.set("Cache-Control", "no-store").type(contentType).send(body);
      })
      .catch(next);
  };
}

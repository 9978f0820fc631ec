// Who is asking and from where: the client address behind a proxy, and the
// Origin check on state-changing requests. Plain JavaScript, read by server.js
// with no build step; tested in server/request-policy.test.ts (decision 024).

/**
 * TRUST_PROXY is the number of proxies in front of the app (nginx alone: 1).
 * Unset or 0: forwarded headers are ignored and the client is the socket's
 * address, because anyone can write an X-Forwarded-For header.
 * Returns the value for Express's "trust proxy" setting.
 */
export function trustProxyHops(value) {
  if (value === undefined || value.trim() === "" || value.trim() === "false") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the app (0 to 10, nginx alone is 1), not "${value}".`,
    );
  return hops;
}

/** The site's origin (scheme, host, port) from APP_ORIGIN, or undefined when it is not set. */
export function appOriginFrom(value) {
  if (value === undefined || value.trim() === "") return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(
      `APP_ORIGIN must be the site's address, like https://skillsbridge.example.org, not "${value}".`,
    );
  }
}

function originOf(url) {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    // Opaque origins ("null", data:, file:) never match a site.
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a state-changing request came from one of our own pages: its Origin
 * (or Referer) must equal the whole site origin, scheme, host and port. The
 * site origin is APP_ORIGIN when set, which a proxy cannot change; without it,
 * the request's own scheme and Host header (fine on localhost and in tests).
 */
export function comesFromSite(req, appOrigin) {
  const from = originOf(req.headers.origin) ?? originOf(req.headers.referer);
  if (!from) return false;
  const site = appOrigin ?? originOf(`${req.protocol}://${req.headers.host ?? ""}`);
  return from === site;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Express middleware: 403 for a state-changing request from anywhere but our own pages. */
export function originCheck(appOrigin) {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || comesFromSite(req, appOrigin)) return next();
    res
      .status(403)
      .type("text/plain")
      .send("This request did not come from a SkillsBridge page, so it was refused.");
  };
}

/** The client's address: Express's req.ip, which follows TRUST_PROXY hops and no further. */
export function clientAddress(req) {
  const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
  // Show IPv4 clients of a dual-stack socket as plain IPv4.
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

/**
 * Express middleware, after the Origin check: with APP_ORIGIN set, Remix sees
 * the site's own host, not whatever Host (or X-Forwarded-Host) a proxy sent.
 * Remix builds request.url from it and, on JavaScript form posts, refuses one
 * whose Origin differs from Host (seen behind nginx on a port other than 443).
 */
export function siteHost(appOrigin) {
  const host = appOrigin ? new URL(appOrigin).host : undefined;
  return (req, _res, next) => {
    if (host) {
      req.headers.host = host;
      delete req.headers["x-forwarded-host"];
    }
    next();
  };
}

import { redirect } from "@remix-run/node";
import type { User } from "lucia";
import { prisma } from "~/db.server";
import { lucia, SESSION_COOKIE_NAME } from "./lucia.server";
import { safeRedirect } from "./safe-redirect";
import { sessionRowId } from "./session-adapter.server";
import { LAST_SEEN_EVERY_MS, sessionHasEnded } from "./session-lifetimes";
import { logger } from "~/logger.server";
import type { Role } from "./roles";
import { twoStepRequiredFor } from "./two-step";
import { securityEvent } from "~/security/events.server";

export type SessionUser = User & { role: Role };

/**
 * The session id from the Cookie header. Read here rather than with Lucia's
 * parser, which decodes every cookie and throws on any broken percent-escape
 * (`foo=%E0%A4%A`), so one stray cookie made every page a 500. Ids are
 * base32, so ours never needs decoding.
 */
export function sessionIdFrom(request: Request): string | null {
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === SESSION_COOKIE_NAME) {
      const value = pair.slice(at + 1).trim();
      return /^[a-z0-9]{1,128}$/.test(value) ? value : null;
    }
  }
  return null;
}

type SessionResult = Awaited<ReturnType<typeof validate>>;

// The root loader and the page's own loader both ask who is signed in; one
// lookup per request serves both (loaders of one request share its Request).
const sessionsByRequest = new WeakMap<Request, Promise<SessionResult>>();

/** The signed-in user, or null. Sets `refreshCookie` when Lucia extended the session. */
export function getSession(request: Request): Promise<SessionResult> {
  let result = sessionsByRequest.get(request);
  if (!result) {
    result = validate(request);
    sessionsByRequest.set(request, result);
  }
  return result;
}

async function validate(request: Request) {
  const sessionId = sessionIdFrom(request);
  if (!sessionId) return { user: null, session: null, refreshCookie: null } as const;
  const { user, session } = await lucia.validateSession(sessionId);
  if (!user || !session) {
    return {
      user: null,
      session: null,
      refreshCookie: lucia.createBlankSessionCookie().serialize(),
    } as const;
  }
  if (user.suspendedAt) {
    await lucia.invalidateUserSessions(user.id);
    return {
      user: null,
      session: null,
      refreshCookie: lucia.createBlankSessionCookie().serialize(),
    } as const;
  }
  const now = new Date();
  const times = {
    createdAt: session.createdAt ?? now,
    lastSeenAt: session.lastSeenAt ?? now,
  };
  if (sessionHasEnded(user.role, times, now)) {
    await lucia.invalidateSession(session.id);
    logger.info({ event: "session.timed-out", userId: user.id });
    return {
      user: null,
      session: null,
      refreshCookie: lucia.createBlankSessionCookie().serialize(),
    } as const;
  }
  if (now.getTime() - times.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await prisma.session.updateMany({
      where: { id: sessionRowId(session.id) },
      data: { lastSeenAt: now },
    });
  }
  const refreshCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : null;
  return { user: user as SessionUser, session, refreshCookie } as const;
}

export async function getUser(request: Request) {
  return (await getSession(request)).user;
}

function safeRedirectTo(request: Request) {
  const url = new URL(request.url);
  return safeRedirect(url.pathname.replace(/\.data$/, "") + url.search);
}

export const TWO_STEP_SET_UP_PATH = "/account/two-step";

/**
 * The signed-in user, or a redirect to sign in that comes back here afterwards.
 * Someone who must use two-step sign-in (staff) and has not set it up is sent
 * to set it up: until then no other page or action that needs a user will
 * answer them (decision 034).
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const to = safeRedirectTo(request);
    throw redirect(to === "/" ? "/sign-in" : `/sign-in?redirectTo=${encodeURIComponent(to)}`);
  }
  if (twoStepRequiredFor(user.role) && !user.twoStepOn) {
    const path = pathOf(request).replace(/\.data$/, "");
    if (path !== TWO_STEP_SET_UP_PATH) {
      logger.info({ event: "two-step.required", userId: user.id, path });
      throw redirect(TWO_STEP_SET_UP_PATH);
    }
  }
  return user;
}

export async function requireAnonymous(request: Request) {
  const user = await getUser(request);
  if (user) throw redirect("/");
}

/** The path alone: a query string could hold a token. */
const pathOf = (request: Request) => new URL(request.url).pathname;

export function forbidden(message = "You do not have permission to see this page."): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

export function notFound(message = "We could not find that page."): never {
  throw new Response(message, { status: 404, statusText: "Not Found" });
}

/** The user, when their role is one of `allowed`; otherwise 403. */
export async function requireRole(
  request: Request,
  allowed: Role | readonly Role[],
): Promise<SessionUser> {
  const user = await requireUser(request);
  const list: readonly Role[] = typeof allowed === "string" ? [allowed] : allowed;
  if (!list.includes(user.role)) {
    await securityEvent(
      "request.forbidden",
      user.id,
      { role: user.role, path: pathOf(request) },
      "warn",
    );
    forbidden();
  }
  return user;
}

export const UNCONFIRMED_MESSAGE =
  "Confirm your email address before you do this. We sent you a link when you created your account. You can send a new link from your account page.";

/** Posting, requesting, booking and messaging need a confirmed email address. */
export async function requireConfirmedUser(request: Request, allowed?: Role | readonly Role[]) {
  const user = allowed ? await requireRole(request, allowed) : await requireUser(request);
  if (!user.emailConfirmedAt) {
    logger.info({ event: "request.unconfirmed", userId: user.id, path: pathOf(request) });
    forbidden(UNCONFIRMED_MESSAGE);
  }
  return user;
}

/** Start a session and return its Set-Cookie header value. `request` names the device. */
export async function createUserSession(userId: string, request?: Request) {
  const device = (request?.headers.get("User-Agent") ?? "").slice(0, 200);
  const session = await lucia.createSession(userId, { device });
  return lucia.createSessionCookie(session.id).serialize();
}

export async function endSession(request: Request) {
  const sessionId = sessionIdFrom(request);
  if (sessionId) await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/** End every session of a user except, optionally, the one making the request (its token). */
export async function endOtherSessions(userId: string, keepSessionId?: string) {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: sessionRowId(keepSessionId) } } : {}) },
  });
  return count;
}

/** The user's sessions for "your sessions": the device, when it began and was last used. */
export async function listSessions(userId: string, currentSessionId: string) {
  const rows = await prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
  const current = sessionRowId(currentSessionId);
  return rows.map((row) => ({
    device: row.device,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === current,
  }));
}

import { Lucia, TimeSpan } from "lucia";
import { prisma } from "~/db.server";
import { PrismaSessionAdapter, type SessionUserRow } from "./session-adapter.server";

import { siteOrigin } from "~/env.server";

/**
 * "__Host-" makes the browser refuse the cookie unless it is Secure, for the
 * whole site (Path=/) and from this host only (no Domain), so a sibling
 * subdomain cannot plant or overwrite it (ASVS 3.3.1). The exception: a site
 * served over plain http (local development, the e2e server on 127.0.0.1)
 * keeps the plain name, because not every browser keeps a __Host- cookie
 * from an http origin. Production runs on https (APP_ORIGIN), so it has the prefix.
 */
export const SESSION_COOKIE_NAME = siteOrigin().startsWith("https:")
  ? "__Host-sb_session"
  : "sb_session";

// Session ids are 200-bit random strings made by Lucia; only the id is in the
// cookie, and the row decides (so sign-out and password changes end sessions).
export const lucia = new Lucia(new PrismaSessionAdapter(prisma), {
  // Sliding: Lucia extends a session once half of this has passed.
  sessionExpiresIn: new TimeSpan(30, "d"),
  sessionCookie: {
    name: SESSION_COOKIE_NAME,
    expires: true,
    // Secure even in tests: Chromium accepts Secure cookies on http://127.0.0.1.
    attributes: { secure: true, sameSite: "lax" },
  },
  getUserAttributes: (attributes) => attributes,
  getSessionAttributes: (attributes) => attributes,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: Omit<SessionUserRow, "id">;
    DatabaseSessionAttributes: { createdAt?: Date; lastSeenAt?: Date; device?: string };
  }
}

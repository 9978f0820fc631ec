import { Lucia, TimeSpan } from "lucia";
import { prisma } from "~/db.server";
import { PrismaSessionAdapter, type SessionUserRow } from "./session-adapter.server";

export const SESSION_COOKIE_NAME = "sb_session";

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
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: Omit<SessionUserRow, "id">;
  }
}

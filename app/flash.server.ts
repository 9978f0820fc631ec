import { createCookieSessionStorage } from "@remix-run/node";
import { sessionSecret } from "~/env.server";

// One-time messages shown after a redirect ("Your posting was sent for review").
const storage = createCookieSessionStorage<Record<string, never>, { message: string }>({
  cookie: {
    name: "sb_flash",
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    secrets: [sessionSecret()],
  },
});

export async function setFlash(request: Request, message: string) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  session.flash("message", message);
  return storage.commitSession(session);
}

/** Read and clear the flash message. Returns the Set-Cookie value to clear it. */
export async function takeFlash(request: Request) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  const message = session.get("message") ?? null;
  return { message, setCookie: message ? await storage.commitSession(session) : null };
}

/** Redirect and show `message` once on the next page. */
export async function redirectWithFlash(
  request: Request,
  to: string,
  message: string,
  headers?: HeadersInit,
) {
  const all = new Headers(headers);
  all.append("Set-Cookie", await setFlash(request, message));
  all.set("Location", to);
  return new Response(null, { status: 302, headers: all });
}

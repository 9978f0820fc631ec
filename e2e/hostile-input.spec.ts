import path from "node:path";
import { UNSAFE_flatRoutes } from "@remix-run/dev";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import remixConfig from "../remix.config.js";
import { createUserSession } from "../app/auth/session.server";
import { createUser, expect, test } from "./fixtures";

// A fuzz sweep: every route (read from app/routes the way flatRoutes() reads it,
// so a new page is swept without anyone listing it) gets the hostile values the
// penetration test used, and similar ones, signed out and signed in as each
// role. No answer may be a 5xx, and none may take a second: one slow answer
// (the insight trend loop) once froze the whole site.

const SLOW_MS = 1000;

const routePaths = Object.values(
  UNSAFE_flatRoutes(path.resolve("app"), remixConfig.ignoredRouteFiles, "routes"),
).map((route) => `/${route.path ?? ""}`);

const hostileParams = ["x", "1e308", "%00", "..%2F..%2Fetc", "__proto__", "%E0%A4%A", "%E2%80%A8"];

const hostileQueries = [
  "page=1e308",
  "page=Infinity",
  "page=99999999999999999999",
  "page=-1&page=2",
  "page=%E0%A4%A",
  "from=0000-00-00&to=9999-12-31",
  "to=%2B010000-01-01&from=9999-12-31",
  "redirectTo=%2F%09%2Fevil.example",
  "redirectTo=%0D%0ALocation:%20https://evil.example",
  "redirectTo=%E2%80%A8//evil.example",
  "la=%00&sector=..&size=%3Cscript%3E&by=__proto__&dimension=constructor&format=x&area=toString",
  "action=__proto__&kind=x&archived=1e308&return=x&token=%FF%FE&q=" + "a".repeat(5000),
];

const brokenCookie = "foo=%E0%A4%A; sb_flash=%E0%A4%A; sb_session=%";

type Probe = { method: string; url: string; headers?: Record<string, string>; data?: string };

function probesFor(routePath: string, origin: string): Probe[] {
  const paths = routePath.includes(":")
    ? hostileParams.map((value) => routePath.replace(/:[a-z]+/gi, value))
    : [routePath];
  const probes: Probe[] = [];
  for (const p of paths) probes.push({ method: "GET", url: p });
  const first = paths[0]!;
  for (const query of hostileQueries) probes.push({ method: "GET", url: `${first}?${query}` });
  probes.push({ method: "GET", url: `${first === "/" ? "/_root" : first}.data?page=1e308` });
  probes.push({ method: "GET", url: first, headers: { Cookie: brokenCookie } });
  probes.push({ method: "TRACE", url: first, headers: { Origin: origin } });
  const post = (contentType: string, data: string): Probe => ({
    method: "POST",
    url: first,
    headers: { Origin: origin, "Content-Type": contentType },
    data,
  });
  probes.push(post("application/json", '{"intent":"delete","email":"a@b.test"}'));
  probes.push(post("multipart/form-data; boundary=xx", "--xx\r\nContent-Disposition: broken"));
  probes.push(post("text/plain", "intent=delete"));
  probes.push(
    post(
      "application/x-www-form-urlencoded",
      "intent=__proto__&id=%00&page=1e308&email=%E2%80%A8&redirectTo=%2F%5Cevil.example",
    ),
  );
  return probes;
}

async function sweep(api: APIRequestContext, origin: string, skip: (p: string) => boolean) {
  const failures: string[] = [];
  for (const routePath of routePaths) {
    if (skip(routePath)) continue;
    for (const probe of probesFor(routePath, origin)) {
      const send = async () => {
        const started = Date.now();
        const response = await api.fetch(probe.url, {
          method: probe.method,
          headers: probe.headers,
          data: probe.data,
          maxRedirects: 0,
        });
        return { response, took: Date.now() - started };
      };
      let { response, took } = await send();
      // The machine running the suite is shared and busy: a blip is slow once, a
      // page that loops is slow every time. Only an answer slow twice counts.
      if (took > SLOW_MS) ({ response, took } = await send());
      const label = `${probe.method} ${probe.url.slice(0, 120)}`;
      if (response.status() >= 500) failures.push(`${label} answered ${response.status()}`);
      if (took > SLOW_MS) failures.push(`${label} took ${took} ms`);
      const location = response.headers()["location"];
      if (location && !location.startsWith("/"))
        failures.push(`${label} redirected off-site: ${location}`);
      if (location?.startsWith("//")) failures.push(`${label} redirected to ${location}`);
    }
  }
  return failures;
}

test.describe.configure({ timeout: 300_000 });

test("every route lists from the routes folder", () => {
  expect(routePaths).toContain("/staff/insights");
  expect(routePaths).toContain("/sign-in");
  expect(routePaths.length).toBeGreaterThan(40);
});

for (const role of ["anonymous", "sme", "school", "board", "staff"] as const) {
  test(`hostile input never gives a 5xx or a slow answer: ${role}`, async ({ baseURL }) => {
    test.slow();
    const headers: Record<string, string> = {};
    if (role !== "anonymous") {
      const user = await createUser(role);
      headers.Cookie = (await createUserSession(user.id)).split(";")[0]!;
    }
    const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
    // Signed in, a sign-out would end the session the rest of the sweep uses.
    const failures = await sweep(api, baseURL!, (p) => role !== "anonymous" && p === "/sign-out");
    await api.dispose();
    expect(failures).toEqual([]);
  });
}

// An unknown filter value is bad input: 400 and a message, never everything shown as if unfiltered.
test("list pages answer an unknown filter value with 400 and a message on the page", async ({
  signInShared,
  page,
}) => {
  const pages: { kind: "school" | "sme" | "staff"; url: string; message: string }[] = [
    { kind: "school", url: "/placements?la=mars", message: "We do not know that area." },
    { kind: "school", url: "/placements?year=99", message: "We do not know that year group." },
    {
      kind: "school",
      url: "/apprenticeships?wage=gold",
      message: "We do not know that kind of wage.",
    },
    {
      kind: "sme",
      url: "/mentors?dimension=__proto__",
      message: "We do not know that area of help.",
    },
    {
      kind: "sme",
      url: "/offers?format=by-pigeon",
      message: "We do not know that way of meeting.",
    },
    { kind: "staff", url: "/staff/verification?status=x", message: "We do not know that list." },
    { kind: "staff", url: "/staff/security?event=x", message: "We do not know that one." },
    { kind: "staff", url: "/staff/audit?action=nope", message: "We do not know that action." },
    {
      kind: "school",
      url: "/apprenticeships?level=2&level=99",
      message: "We do not know that level.",
    },
  ];
  for (const kind of ["school", "sme", "staff"] as const) {
    await page.context().clearCookies();
    await signInShared(page, kind);
    for (const probe of pages.filter((p) => p.kind === kind)) {
      const response = await page.goto(probe.url);
      expect(response?.status(), probe.url).toBe(400);
      await expect(page.getByRole("alert"), probe.url).toContainText(probe.message);
    }
  }
});

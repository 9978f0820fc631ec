import { sessionRowId } from "../app/auth/session-adapter.server";
import { createUserSession } from "../app/auth/session.server";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, PASSWORD, signIn, startSession, test } from "./fixtures";

test("the session cookie is an opaque, HttpOnly, Secure, SameSite=Lax token", async ({
  page,
  context,
  db,
}) => {
  const user = await createUser("sme");
  await signIn(page, user.email);
  const cookie = (await context.cookies()).find((c) => c.name === "sb_session");
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.secure).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  // 40 base32 characters = 200 bits, and it is the row id, not the user id.
  expect(cookie!.value).toMatch(/^[a-z2-7]{40}$/);
  expect(cookie!.value).not.toContain(user.id);
  // The row keeps only the token's SHA-256 (decision 022).
  expect(await db.session.count({ where: { id: cookie!.value } })).toBe(0);
  const row = await db.session.findUnique({
    where: { id: sessionRowId(cookie!.value) },
    select: { userId: true, expiresAt: true },
  });
  expect(row?.userId).toBe(user.id);
  const days = (row!.expiresAt.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29);
  expect(days).toBeLessThanOrEqual(30);
});

test("an expired session row does not sign anyone in", async ({ page, context, db }) => {
  const user = await createUser("sme");
  await startSession(page, user.email);
  const cookie = (await context.cookies()).find((c) => c.name === "sb_session")!;
  await db.session.update({
    where: { id: sessionRowId(cookie.value) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a POST from another site gets 403", async ({ page, baseURL }) => {
  const foreign = await page.request.post("/sign-in", {
    headers: { Origin: "https://evil.example" },
    form: { email: "someone@example.com", password: "whatever123" },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  const noOrigin = await page.request.post("/sign-out", { maxRedirects: 0 });
  expect(noOrigin.status()).toBe(403);
  const ours = await page.request.post("/sign-out", {
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(ours.status()).toBe(302);
});

test("security headers on every response, with a CSP nonce on Remix's scripts", async ({
  page,
}) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("base-uri 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["cache-control"] ?? "").not.toContain("no-store");
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);
  // A second response gets a different nonce.
  const again = await page.request.get("/");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
});

test("signed-in pages are never cached", async ({ page, signInShared }) => {
  await signInShared(page, "school");
  const response = await page.goto("/account");
  expect(response!.headers()["cache-control"]).toContain("no-store");
});

test("pages opened from an emailed link are never cached, signed in or not", async ({
  request,
}) => {
  for (const path of ["/join?token=x", "/reset-password?token=x", "/confirm-email?token=x"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
});

test("TRACE is refused with 405, not echoed", async ({ request, baseURL }) => {
  const response = await request.fetch("/", { method: "TRACE", headers: { Origin: baseURL! } });
  expect(response.status()).toBe(405);
});

test("a member of one organisation cannot change another organisation's members", async ({
  page,
  baseURL,
  db,
}) => {
  const mine = await createUser("sme");
  const theirs = await createUser("sme");
  await startSession(page, mine.email);
  const response = await page.request.post("/account", {
    headers: { Origin: baseURL! },
    form: { intent: "remove", userId: theirs.id },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  expect(await db.user.count({ where: { id: theirs.id } })).toBe(1);
});

test("roles are checked on the server, and HTML typed into a field is shown as text", async ({
  page,
  db,
}) => {
  const user = await createUser("sme", { name: "Eve <script>alert(1)</script>" });
  await startSession(page, user.email);
  await page.goto("/account");
  await expect(
    page.getByText("Eve <script>alert(1)</script>", { exact: false }).first(),
  ).toBeVisible();
  expect(await page.locator("main script").count()).toBe(0);
  expect(await db.user.count({ where: { id: user.id } })).toBe(1);
});

test("the account page lists your sessions, and signs you out everywhere else", async ({
  page,
  db,
}) => {
  const user = await createUser("sme");
  await createUserSession(user.id); // another device
  await startSession(page, user.email);
  await page.goto("/account");
  const table = page.getByRole("table", { name: "Where you are signed in" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByText(/\(this one\)/)).toHaveCount(1);
  await expectNoA11yViolations(page, "account, two sessions");
  await page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(page.getByText("You have been signed out everywhere else.")).toBeVisible();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  await expect(page.getByRole("button", { name: "Sign out everywhere else" })).toHaveCount(0);
});

test("sign-in never sends anyone off-site, whatever redirectTo says", async ({ page }) => {
  const user = await createUser("sme");
  for (const target of [
    "%2F%09%2Fevil.example",
    "%2F%5Cevil.example",
    "%2F%E2%80%A8%2Fevil.example",
  ]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?redirectTo=${target}`);
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  }
});

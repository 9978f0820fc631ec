import type { Page } from "@playwright/test";
import { createUser, expect, PASSWORD, test } from "./fixtures";

/**
 * Presses "Sign in" and waits for the server's answer. Several tries in a row
 * show the same message, so waiting for the message alone could pass on the
 * page before, while the post is still on its way (CI once saw a late post
 * sign in after the test had aged the failures).
 */
async function submitSignIn(page: Page) {
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      new URL(response.url()).pathname.startsWith("/sign-in"),
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

// Runs after every other test (its own project): ten failures from 127.0.0.1
// would otherwise limit sign-ins for tests running beside it.
test("sign-in attempts are limited per account and per address, with a clear message", async ({
  page,
  db,
}) => {
  const user = await createUser("sme");
  await db.signInFailure.deleteMany({});
  for (let i = 0; i < 10; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await submitSignIn(page);
    await expect(
      page.getByRole("link", { name: /The email address or password is not right/ }),
    ).toBeVisible();
  }
  expect(await db.signInFailure.count({ where: { key: `account:${user.email}` } })).toBe(10);

  // The eleventh try is refused even with the right password.
  await page.getByLabel("Password").fill(PASSWORD);
  await submitSignIn(page);
  await expect(
    page.getByRole("link", { name: /too many tries to sign in. Wait 15 minutes/ }),
  ).toBeVisible();
  expect(await db.signInFailure.count({ where: { key: `account:${user.email}` } })).toBe(10);
  expect(await db.signInFailure.count({ where: { key: { startsWith: "address:" } } })).toBe(10);

  // Another account from the same address is limited too (per-address counter).
  const other = await createUser("school");
  await page.getByLabel("Email address").fill(other.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await submitSignIn(page);
  await expect(page.getByRole("link", { name: /too many tries to sign in/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // The window slides: once the failures are older than 15 minutes, sign-in works again.
  await db.signInFailure.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
  await page.getByLabel("Password").fill(PASSWORD);
  await submitSignIn(page);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await db.signInFailure.deleteMany({});
});

import { createUser, expect, PASSWORD, test } from "./fixtures";

// Runs after every other test (its own project): ten failures from 127.0.0.1
// would otherwise limit sign-ins for tests running beside it.
test("sign-in attempts are limited per account and per address, with a clear message", async ({ page, db }) => {
  const user = await createUser("sme");
  await db.signInFailure.deleteMany({});
  for (let i = 0; i < 10; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: /The email address or password is not right/ })).toBeVisible();
  }
  // The eleventh try is refused even with the right password.
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: /too many tries to sign in. Wait 15 minutes/ })).toBeVisible();
  expect(await db.signInFailure.count({ where: { key: `account:${user.email}` } })).toBe(10);
  expect(await db.signInFailure.count({ where: { key: { startsWith: "address:" } } })).toBe(10);

  // Another account from the same address is limited too (per-address counter).
  const other = await createUser("school");
  await page.getByLabel("Email address").fill(other.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: /too many tries to sign in/ })).toBeVisible();

  // The window slides: once the failures are older than 15 minutes, sign-in works again.
  await db.signInFailure.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await db.signInFailure.deleteMany({});
});

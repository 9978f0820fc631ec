import { generateTOTP } from "@epic-web/totp";
import type { Page } from "@playwright/test";
import { totpSettings, totpStep } from "../app/auth/two-step";
import { expectNoA11yViolations } from "./a11y";
import { appCodeFor, createUser, expect, PASSWORD, startSession, test } from "./fixtures";

// Two-step sign-in (issue 14, decision 034), with and without JavaScript: the
// codes are computed here from the key the page shows, as an authenticator app would.

/** The key the set-up page shows, without its spaces. */
async function shownKey(page: Page) {
  const key = await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent();
  return (key ?? "").replace(/ /g, "");
}

async function codeFrom(key: string) {
  return (await generateTOTP({ ...totpSettings, secret: key })).otp;
}

async function signInWithPassword(page: Page, email: string, redirectTo = "") {
  await page.goto(
    redirectTo ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : "/sign-in",
  );
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(how, () => {
    test.use({ javaScriptEnabled });

    test(`a member sets up two-step sign-in, signs in with a code and a recovery code, and turns it off (${how})`, async ({
      page,
      db,
    }) => {
      test.slow();
      const user = await createUser("sme");
      await startSession(page, user.email);
      await page.goto("/account");
      await page.getByRole("link", { name: "Set up two-step sign-in" }).click();
      await expect(page.getByRole("heading", { name: "Two-step sign-in", level: 1 })).toBeVisible();
      await expect(
        page.getByRole("img", { name: "QR code to add SkillsBridge to your authenticator app" }),
      ).toHaveAttribute("src", /^data:image\/png;base64,/);
      await expectNoA11yViolations(page, "two-step set-up");
      const key = await shownKey(page);
      expect(key).toMatch(/^[A-Z2-7]{16,}$/);

      // A code that is not the app's: a clear message, focus on the summary.
      await page.getByLabel("Code from your app").fill("12345");
      await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
      await expect(page.getByRole("alert")).toContainText(
        "The code must be the 6 digits your app shows",
      );
      await expect(page.getByRole("alert")).toBeFocused();
      await expectNoA11yViolations(page, "two-step set-up, error");

      const firstCode = await codeFrom(key);
      await page.getByLabel("Code from your app").fill(firstCode);
      await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
      await expect(page.getByRole("heading", { name: "Two-step sign-in is on" })).toBeVisible();
      const codes = await page
        .getByRole("list", { name: "Your recovery codes" })
        .getByRole("listitem")
        .allTextContents();
      expect(codes).toHaveLength(10);
      await expectNoA11yViolations(page, "recovery codes");
      // Stored hashed: no code is in the database as typed.
      const stored = JSON.stringify(
        await db.recoveryCode.findMany({ where: { userId: user.id }, select: { hash: true } }),
      );
      for (const code of codes) expect(stored).not.toContain(code.replace("-", ""));
      await page.getByRole("link", { name: "I have saved my codes" }).click();
      await expect(page.getByText("Recovery codes left: 10.")).toBeVisible();
      await expect(
        page.getByRole("rowheader", { name: "Turned on two-step sign-in" }),
      ).toBeVisible();

      // The password alone is not enough: half signed in, nothing else opens.
      await signOut(page);
      await signInWithPassword(page, user.email, "/account");
      await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
      await expectNoA11yViolations(page, "enter your code");
      await page.goto("/account");
      await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);
      await page.goto("/sign-in/code");

      // The code used to turn it on does not work a second time.
      await page.getByLabel("Code", { exact: true }).fill(firstCode);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toContainText("That code is not right");
      // Never sent back: without JavaScript the page comes back with the box empty.
      if (!javaScriptEnabled)
        await expect(page.getByLabel("Code", { exact: true })).toHaveValue("");
      await expectNoA11yViolations(page, "enter your code, error");

      await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText("You have 9 codes left")).toBeVisible();

      // Turning it off needs the password and a code.
      await page.goto("/account/two-step");
      await expectNoA11yViolations(page, "two-step, on");
      await page.getByLabel("Your password").fill("not my password");
      await page.getByLabel("Code from your app", { exact: true }).fill(codes[0]!);
      await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
      await expect(page.getByRole("alert")).toContainText("Your password is not right");
      await expectNoA11yViolations(page, "turn off, error");
      await page.getByLabel("Your password").fill(PASSWORD);
      await page
        .getByLabel("Code from your app", { exact: true })
        .fill(await appCodeFor(user.email));
      await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
      await expect(page.getByText("Two-step sign-in is off.")).toBeVisible();
      await expect(db.twoStep.count({ where: { userId: user.id } })).resolves.toBe(0);
      await expect(
        db.auditEvent.count({ where: { targetId: user.id, action: { startsWith: "two-step." } } }),
      ).resolves.toBe(2);
    });

    test(`staff must set up two-step sign-in before anything else, then sign in with the app's code (${how})`, async ({
      page,
    }) => {
      test.slow();
      const staff = await createUser("staff", { twoStep: false });
      await signInWithPassword(page, staff.email);
      await expect(page).toHaveURL(/\/account\/two-step$/);
      await expect(page.getByText("Staff must use two-step sign-in")).toBeVisible();
      await page.goto("/staff/audit");
      await expect(page).toHaveURL(/\/account\/two-step$/);
      await expectNoA11yViolations(page, "staff must set up two-step sign-in");

      const key = await shownKey(page);
      const setUpStep = totpStep(new Date());
      await page.getByLabel("Code from your app").fill(await codeFrom(key));
      await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
      await expect(page.getByRole("heading", { name: "Two-step sign-in is on" })).toBeVisible();
      await page.goto("/staff/audit");
      await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();

      await signOut(page);
      await signInWithPassword(page, staff.email, "/staff/audit");
      await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
      // A fresh step's code, as the app would show a little later.
      while (totpStep(new Date()) <= setUpStep) await page.waitForTimeout(500);
      await page.getByLabel("Code", { exact: true }).fill(await codeFrom(key));
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/staff\/audit$/);
      await expect(page.getByRole("cell", { name: "Signed in as staff" }).first()).toBeVisible();
    });
  });
}

test("wrong codes at sign-in are limited: after 5, even the right code waits", async ({
  page,
  db,
}) => {
  const user = await createUser("board", { twoStep: true });
  await signInWithPassword(page, user.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Code", { exact: true }).fill("abcde-fghjk");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("That code is not right");
  }
  await page.getByLabel("Code", { exact: true }).fill(await appCodeFor(user.email));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("There have been too many wrong codes");
  await expect(
    db.securityEvent.count({ where: { userId: user.id, event: "two-step.limited" } }),
  ).resolves.toBe(1);
  // Every test comes from 127.0.0.1: give the address's count back (decision 021).
  await db.rateLimitHit.deleteMany({ where: { key: "two-step-code:address:127.0.0.1" } });
});

test("staff see staff accounts' security events, paged, and an unknown filter gets a message", async ({
  page,
}) => {
  const staff = await createUser("staff");
  await startSession(page, staff.email);
  await page.goto("/staff/security?event=request.forbidden&whose=staff");
  await expect(page.getByRole("heading", { name: "Security events", level: 1 })).toBeVisible();
  await expectNoA11yViolations(page, "security events, filtered");
  await page.goto("/staff/security?event=nonsense");
  await expect(page.getByRole("alert")).toContainText("We do not know that one.");
  await expectNoA11yViolations(page, "security events, unknown filter");
  const response = await page.request.get("/staff/security?whose=martians");
  expect(response.status()).toBe(400);
  await page.goto("/staff/security?whose=all");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoA11yViolations(page, "security events, everyone");
});

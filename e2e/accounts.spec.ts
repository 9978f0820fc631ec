import type { Page } from "@playwright/test";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { createUser, expect, PASSWORD, signIn, startSession, test, uniqueEmail } from "./fixtures";
import { emailsTo, linkIn, waitForEmail } from "./mail";
import { answerSignUp, finishSignUp, type SignUpAnswers } from "./sign-up";

const smeAnswers = (email: string, name = "Sam Example"): SignUpAnswers => ({
  role: "A business (SME)",
  name,
  email,
  organisation: { name: "Widgets", area: "walsall", postcode: "WS1 1AA" },
  business: { sector: "G", size: "small" },
});

const roleLabels = {
  sme: "A business (SME)",
  school: "A school or college",
  board: "A partnership board firm",
} as const;

const summary = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });
const continueButton = (page: Page) => page.getByRole("button", { name: "Continue" });

test.describe("create an account", () => {
  for (const kind of [
    { extra: "sme", org: "Brum Widgets", answers: { business: { sector: "C", size: "micro" } } },
    {
      extra: "school",
      org: "Test Academy",
      answers: { school: { urn: "140123", phase: "secondary" } },
    },
    { extra: "board", org: "Big Tech Midlands", answers: {} },
  ] as const) {
    test(`as ${kind.extra}, then confirm the email through the emailed link`, async ({ page }) => {
      const email = uniqueEmail(`new-${kind.extra}`);
      await answerSignUp(page, {
        role: roleLabels[kind.extra],
        name: "Sam Example",
        email,
        organisation: { name: kind.org, area: "coventry", postcode: "cv1 2aa" },
        ...kind.answers,
      });
      // Only this kind's answers are shown back.
      await expect(page.getByText("CV1 2AA")).toBeVisible();
      await expect(page.getByText("School reference number", { exact: true })).toHaveCount(
        kind.extra === "school" ? 1 : 0,
      );
      await expect(page.getByText("What it does", { exact: true })).toHaveCount(
        kind.extra === "sme" ? 1 : 0,
      );
      await expectNoA11yViolations(page, `create account, check answers (${kind.extra})`);
      await finishSignUp(page, "purple tractor window");
      // The same answer as for an address that has an account (no enumeration): nobody is
      // signed in by the form; the new member signs in with the password they chose.
      await expect(page.getByText(`We have sent an email to ${email}`)).toBeVisible();
      await expect(page).toHaveURL(/\/sign-in$/);
      await signIn(page, email, "purple tractor window");
      await expect(page.getByRole("heading", { name: "Hello, Sam" })).toBeVisible();
      await expect(
        page.getByText("Open the link we emailed you to confirm your email address."),
      ).toBeVisible();

      const mail = await waitForEmail(email, "Confirm your email address");
      await page.goto(linkIn(mail, "/confirm-email?token="));
      await expectNoA11yViolations(page, "confirm email");
      await page.getByRole("button", { name: "Confirm my email address" }).click();
      await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
      await expect(page.getByText("Open the link we emailed you")).toHaveCount(0);

      // The link works once.
      await page.goto(linkIn(mail, "/confirm-email?token="));
      await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    });
  }

  test("one thing per page: each page names only its own problems, focuses the summary and keeps what was typed", async ({
    page,
  }) => {
    // A later page before the earlier ones are answered goes back to the start.
    await page.goto("/create-account/check");
    await expect(page).toHaveURL(/\/create-account$/);
    await expectNoA11yViolations(page, "create account, kind, empty");
    await continueButton(page).click();
    await expect(summary(page)).toBeFocused();
    await expect(
      summary(page).getByRole("link", { name: "Select what kind of organisation you are from" }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoA11yViolations(page, "create account, kind, errors");
    await page.getByLabel("A school or college").check();
    await continueButton(page).click();

    await expectNoA11yViolations(page, "create account, organisation, empty");
    await continueButton(page).click();
    await expect(summary(page)).toBeFocused();
    // Three questions on this page, three problems: not every question of the sign-up.
    await expect(summary(page).getByRole("link")).toHaveCount(3);
    await expectNoA11yViolations(page, "create account, organisation, errors");
    await summary(page).getByRole("link", { name: "Enter the name of your organisation" }).click();
    await expect(page.getByLabel("Name of your organisation")).toBeFocused();
    await page.getByLabel("Name of your organisation").fill("Test Academy");
    await page.getByLabel("Which area is it in?").selectOption("solihull");
    await page.getByLabel("Postcode").fill("B91 3QB");
    await continueButton(page).click();

    // A school is asked a school's questions only.
    await expect(
      page.getByRole("heading", { level: 1, name: "About your school or college" }),
    ).toBeVisible();
    await expect(page.getByLabel(/What does your business do/)).toHaveCount(0);
    await page.getByLabel("School reference number (URN)").fill("12");
    await continueButton(page).click();
    await expect(
      summary(page).getByRole("link", {
        name: "The school reference number must be 6 digits, like 103456",
      }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "create account, school details, errors");
    await page.getByLabel("School reference number (URN)").fill("140123");
    await page.getByLabel("Type of school").selectOption("secondary");
    await continueButton(page).click();

    await page.getByLabel("Full name").fill("Pat <b>Example</b>");
    await page.getByLabel("Email address").fill("not-an-email");
    await continueButton(page).click();
    await expect(
      summary(page).getByRole("link", {
        name: "Enter an email address in the right format, like name@example.com",
      }),
    ).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Pat <b>Example</b>");
    await page.getByLabel("Email address").fill("pat@example.com");
    await continueButton(page).click();

    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await expect(page.getByText("Pat <b>Example</b>")).toBeVisible();
    await expectNoA11yViolations(page, "create account, check answers");
    await finishSignUp(page, "short");
    await expect(
      summary(page).getByRole("link", { name: "Your password must be at least 8 characters" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "create account, check answers, errors");

    // Change an answer: back to its page with the answer kept, then straight back here.
    await page.getByRole("link", { name: "Change name", exact: true }).click();
    await expect(page.getByLabel("Name of your organisation")).toHaveValue("Test Academy");
    await page.getByLabel("Name of your organisation").fill("Test Sixth Form");
    await continueButton(page).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await expect(page.getByText("Test Sixth Form")).toBeVisible();

    // Another kind of organisation asks that kind's questions again.
    await page.getByRole("link", { name: "Change kind" }).click();
    await expect(page.getByLabel("A school or college")).toBeChecked();
    await page.getByLabel("A business (SME)").check();
    await continueButton(page).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "About your business" }),
    ).toBeVisible();
  });

  test("checks a field when the person leaves it, and again as they type, before anything is sent", async ({
    page,
  }) => {
    await page.goto("/create-account");
    await page.getByLabel("A partnership board firm").check();
    await continueButton(page).click();
    const name = page.getByLabel("Name of your organisation");
    await name.focus();
    await name.press("Tab");
    await expect(name).toHaveAccessibleDescription(/Enter the name of your organisation/);
    // Leaving a field is not sending the form: no summary, and focus stays where the person went.
    await expect(summary(page)).toHaveCount(0);
    await expect(page.getByLabel("Which area is it in?")).toBeFocused();
    await page.getByLabel("Postcode").fill("not a postcode");
    await page.getByLabel("Postcode").blur();
    await expect(page.getByLabel("Postcode")).toHaveAccessibleDescription(/postcode/i);
    // Once a field shows an error, typing checks it again at once.
    await name.pressSequentially("Big Tech");
    await expect(name).not.toHaveAccessibleDescription(/Enter the name/);
    await page.getByLabel("Postcode").fill("B1 1AA");
    await expect(page.getByLabel("Postcode")).not.toHaveAccessibleDescription(/postcode/i);
  });

  test("refuses a common password; an email already in use gets the same answer as a new one", async ({
    page,
    db,
  }) => {
    const existing = await createUser("sme");
    await answerSignUp(page, smeAnswers(existing.email));
    await finishSignUp(page, "password123");
    await expect(page.getByRole("link", { name: /This password is too common/ })).toBeVisible();
    await finishSignUp(page, "a much longer passphrase");
    await expect(page.getByText(`We have sent an email to ${existing.email}`)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await waitForEmail(existing.email, "You already have a SkillsBridge account");
    expect(await db.organisation.count({ where: { name: "Widgets" } })).toBe(0);
    // The draft is gone with the answer: the pages start again.
    await page.goto("/create-account/check");
    await expect(page).toHaveURL(/\/create-account$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("create an account: each page's errors come from the server and keep what was typed", async ({
    page,
  }) => {
    const email = uniqueEmail("nojs");
    await page.goto("/create-account");
    await continueButton(page).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("alert")).toBeFocused();
    await page.getByLabel("A business (SME)").check();
    await continueButton(page).click();

    await page.getByLabel("Name of your organisation").fill("No Script Ltd");
    await continueButton(page).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByLabel("Name of your organisation")).toHaveValue("No Script Ltd");
    await expectNoA11yViolations(page, "create account organisation errors without JavaScript");
    await page.getByLabel("Which area is it in?").selectOption("dudley");
    await page.getByLabel("Postcode").fill("DY1 1AA");
    await continueButton(page).click();

    await continueButton(page).click();
    await expect(page.getByRole("link", { name: "Select what your business does" })).toBeVisible();
    await page.getByLabel("What does your business do?").selectOption("F");
    await page.getByLabel("How many people work there?").selectOption("micro");
    await continueButton(page).click();

    await page.getByLabel("Full name").fill("No Script");
    await page.getByLabel("Email address").fill(email);
    await continueButton(page).click();

    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await finishSignUp(page, "tiny");
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(
      page.getByRole("link", { name: "Your password must be at least 8 characters" }),
    ).toBeVisible();
    // Passwords are never sent back to the page.
    await expect(page.getByLabel("Create a password")).toHaveValue("");
    await expectNoA11yViolations(page, "create account check errors without JavaScript");

    // "Back" links work without JavaScript too, and the answers are still there.
    await page.getByRole("link", { name: /^\W*Back$/ }).click();
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await continueButton(page).click();
    await finishSignUp(page, "green mountain river");
    await expect(page.getByText(`We have sent an email to ${email}`)).toBeVisible();
    await signIn(page, email, "green mountain river");
    await expect(page.getByRole("heading", { name: "Hello, No" })).toBeVisible();
    const mail = await waitForEmail(email, "Confirm");
    await page.goto(linkIn(mail, "/confirm-email?token="));
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
  });

  test("sign in and sign out", async ({ page }) => {
    const user = await createUser("school");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password").fill("wrong password here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("link", { name: /The email address or password is not right/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue(user.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});

test("sign in, see the role home page, sign out ends the session row", async ({ page, db }) => {
  const user = await createUser("board");
  await page.goto("/sign-in");
  await expectNoA11yViolations(page, "sign in, empty");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
  await expectNoA11yViolations(page, "sign in, errors");
  await signIn(page, user.email);
  await expect(page.getByRole("heading", { name: /Hello, Test/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to do next" })).toBeVisible();
  await expectNoA11yViolations(page, "role home");
  await expectNoHorizontalScrollAt320(page);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
});

test("a signed-out visitor is sent to sign in, and back afterwards", async ({ page }) => {
  const user = await createUser("sme");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("forgotten password: reset through the emailed link, which ends other sessions", async ({
  page,
  browser,
  db,
}) => {
  const user = await createUser("sme");
  // Another device is signed in.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await startSession(otherPage, user.email);

  await page.goto("/forgot-password");
  await expectNoA11yViolations(page, "forgot password");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(`If there is an account for ${user.email}`)).toBeVisible();
  const mail = await waitForEmail(user.email, "Reset your password");
  const link = linkIn(mail, "/reset-password?token=");
  await page.goto(link);
  await expectNoA11yViolations(page, "reset password");
  await page.getByLabel("New password", { exact: true }).fill("new secret phrase");
  await page.getByLabel("Enter the new password again").fill("does not match");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("link", { name: "The passwords do not match" })).toBeVisible();
  await expectNoA11yViolations(page, "reset password errors");
  await page.getByLabel("New password", { exact: true }).fill("new secret phrase");
  await page.getByLabel("Enter the new password again").fill("new secret phrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  await signIn(page, user.email, "new secret phrase");
  // The link is single-use. Sign-out must finish before the next page load
  // starts, or the navigation can cut the sign-out post off.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
});

test("invite a colleague, who joins the organisation; then remove them", async ({
  page,
  browser,
}) => {
  const owner = await createUser("sme");
  await startSession(page, owner.email);
  await page.goto("/account");
  await expectNoA11yViolations(page, "account");
  const colleagueEmail = uniqueEmail("colleague");
  await page.getByLabel("Invite a colleague by email").fill(colleagueEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`We have sent an invitation to ${colleagueEmail}`)).toBeVisible();

  const mail = await waitForEmail(colleagueEmail, `Join ${owner.organisationName}`);
  const context = await browser.newContext();
  const colleaguePage = await context.newPage();
  await colleaguePage.goto(linkIn(mail, "/join?token="));
  await expect(
    colleaguePage.getByRole("heading", { name: "Join your organisation" }),
  ).toBeVisible();
  await expectNoA11yViolations(colleaguePage, "join");
  await colleaguePage.getByLabel("Full name").fill("Cole League");
  await colleaguePage.getByLabel("Create a password").fill("letmein");
  await colleaguePage.getByRole("button", { name: /Join/ }).click();
  await expect(
    colleaguePage.getByRole("link", { name: "Your password must be at least 8 characters" }),
  ).toBeVisible();
  await colleaguePage.getByLabel("Create a password").fill("orange bicycle lamp");
  await colleaguePage.getByRole("button", { name: /Join/ }).click();
  await expect(colleaguePage.getByText(`You have joined ${owner.organisationName}`)).toBeVisible();
  await context.close();

  await page.goto("/account");
  await expect(page.getByText(`Cole League (${colleagueEmail})`)).toBeVisible();
  await page.getByRole("button", { name: "Remove Cole League" }).click();
  await expect(page.getByText("Your colleague has been removed.")).toBeVisible();
  await expect(page.getByText(`Cole League (${colleagueEmail})`)).toHaveCount(0);
});

test("account page: errors per form, change password ends other sessions, change email asks for the password", async ({
  page,
  browser,
  db,
}) => {
  const user = await createUser("school");
  const other = await browser.newContext();
  await startSession(await other.newPage(), user.email);
  await startSession(page, user.email);
  await page.goto("/account");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("brand new phrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByRole("link", { name: "Your current password is not right" }),
  ).toBeVisible();
  await expectNoA11yViolations(page, "account with errors");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("brand new phrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("You have been signed out everywhere else.")).toBeVisible();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  await other.close();

  const newEmail = uniqueEmail("moved");
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByLabel("Your password").fill("brand new phrase");
  await page.getByRole("button", { name: "Change email address" }).click();
  await expect(page.getByText(`We have sent a link to ${newEmail}`)).toBeVisible();
  const mail = await waitForEmail(newEmail, "Confirm your new email address");
  await page.goto(linkIn(mail, "/confirm-email?token="));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText(`Your email address is now ${newEmail}`)).toBeVisible();
  await waitForEmail(user.email, "Your email address has changed");
});

test("download my data as JSON", async ({ page }) => {
  const user = await createUser("sme");
  await startSession(page, user.email);
  await page.goto("/account");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Download your data/ }).click(),
  ]);
  const path = await download.path();
  const fs = await import("node:fs");
  const data = JSON.parse(fs.readFileSync(path!, "utf8"));
  expect(data.user.email).toBe(user.email);
  expect(data.organisation.name).toBe(user.organisationName);
  expect(JSON.stringify(data)).not.toContain("$argon2");
});

test("delete my account, with its organisation when I am the last member", async ({ page, db }) => {
  const user = await createUser("sme");
  await startSession(page, user.email);
  await page.goto("/account/delete");
  await expect(page.getByText(`You are the only member of ${user.organisationName}`)).toBeVisible();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(
    page.getByRole("link", { name: "Tick the box to confirm you want to delete your account" }),
  ).toBeVisible();
  await expectNoA11yViolations(page, "delete account errors");
  await page.getByLabel("I understand").check();
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
  expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  expect(await db.organisation.count({ where: { id: user.organisationId } })).toBe(0);
});

test("unconfirmed accounts can look around, and can ask for a new link", async ({ page }) => {
  const user = await createUser("sme", { confirmed: false });
  await startSession(page, user.email);
  await expect(
    page.getByText("Open the link we emailed you to confirm your email address."),
  ).toBeVisible();
  await page.goto("/account");
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText(`We have sent a new link to ${user.email}`)).toBeVisible();
  expect(emailsTo(user.email).length).toBeGreaterThan(0);
});

test("public pages pass axe and do not scroll sideways at 320px", async ({ page }) => {
  for (const path of [
    "/",
    "/accessibility",
    "/privacy",
    "/cookies",
    "/no-such-page",
    "/reset-password?token=nope",
    "/join?token=nope",
  ]) {
    await page.goto(path);
    await expectNoA11yViolations(page, path);
    await expectNoHorizontalScrollAt320(page);
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("error states of the smaller forms pass axe", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
  await expectNoA11yViolations(page, "forgot password errors");

  const user = await createUser("sme");
  await startSession(page, user.email);
  await page.goto("/account/delete");
  await expectNoA11yViolations(page, "delete account");
});

test("notifications: empty, then filled, then marked as read", async ({ page, db }) => {
  const user = await createUser("school");
  await startSession(page, user.email);
  await page.goto("/notifications");
  await expect(page.getByText("Nothing new yet.")).toBeVisible();
  await expectNoA11yViolations(page, "notifications, empty");
  await db.notification.create({
    data: {
      organisationId: user.organisationId,
      message: "Your request was accepted <b>today</b>",
      link: "/account",
    },
  });
  await page.goto("/notifications");
  await expect(page.getByText("Your request was accepted <b>today</b>")).toBeVisible();
  await expect(page.getByText("New", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, "notifications, filled");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("All notifications are marked as read.")).toBeVisible();
  await expect(page.getByText("New", { exact: true })).toHaveCount(0);
});

import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { prisma } from "../app/db.server";
import { expectNoA11yViolations } from "./a11y";
import { makeVacancy } from "./applications-helpers";
import { createUser, expect, startSession, test, uniqueEmail } from "./fixtures";
import { emailsTo, linkIn, waitForEmail } from "./mail";

// Saved searches (issue 18): the alert email comes from the reminders job, run
// with a fixed clock (9am UK time on 13 March 2031). A posting counts as new to
// a search when staff approved it after the search started, within 30 days.
const FIXED_NOW = "2031-03-13T09:00:00Z";
const APPROVED_AT = new Date("2031-03-12T12:00:00Z");

function runReminders() {
  execFileSync("npx", ["tsx", "scripts/send-reminders.ts", "--now", FIXED_NOW], {
    env: {
      ...process.env,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      APP_ORIGIN: test.info().project.use.baseURL!,
      NODE_ENV: "production",
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret",
    },
    stdio: "pipe",
  });
}

const word = () => `zq${crypto.randomBytes(4).toString("hex")}`;

test("a school saves a placement search, gets one email when a new placement matches, and stops it from the email signed out", async ({
  page,
}) => {
  test.slow();
  const keyword = word();
  const school = await createUser("school");
  await startSession(page, school.email);
  await page.goto(`/placements?q=${keyword}`);
  await page.getByLabel("Name this search").fill("Print work for Year 10");
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(
    page.getByText(
      'Search saved. We will email you when something new matches "Print work for Year 10".',
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Print work for Year 10" })).toBeVisible();
  await expectNoA11yViolations(page, "saved searches, one saved");

  // A placement that matches goes live (staff approved it) before the job runs.
  const employer = await createUser("sme");
  const title = `${keyword} print shop week`;
  const placement = await prisma.placement.create({
    data: {
      organisationId: employer.organisationId,
      state: "live",
      title,
      description: "Help print real jobs.",
      sector: "C",
      dateMode: "fixed",
      startDate: new Date("2031-04-07T00:00:00Z"),
      endDate: new Date("2031-04-11T00:00:00Z"),
      yearGroups: "10",
      places: 4,
      format: "virtual",
      firstPublishedAt: APPROVED_AT,
      reviews: {
        create: { decision: "approved", staffEmail: "staff@example.com", createdAt: APPROVED_AT },
      },
    },
    select: { id: true },
  });
  runReminders();
  const alert = await waitForEmail(school.email, `New on SkillsBridge: ${title}`);
  expect(alert.text).toContain(`/placements/${placement.id}`);
  expect(alert.html).toContain("Stop this alert");
  expect(alert.listUnsubscribe).toMatch(/\/saved-searches\/stop\?token=[^>]+>$/);
  runReminders();
  expect(emailsTo(school.email).filter((m) => m.subject.includes(title))).toHaveLength(1);

  // Signed out, from the email.
  await page.context().clearCookies();
  await page.goto(linkIn(alert, "/saved-searches/stop"));
  await expect(page.getByRole("heading", { name: "Stop this alert" })).toBeVisible();
  await expectNoA11yViolations(page, "stop this alert");
  await page.getByRole("button", { name: "Stop this alert" }).click();
  await expect(page.getByText('The alert "Print work for Year 10" is stopped.')).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);
  await expectNoA11yViolations(page, "alert stopped");
  // The same link again: nothing left to stop.
  await page.goto(linkIn(alert, "/saved-searches/stop"));
  await expect(page.getByRole("heading", { name: "No alert to stop" })).toBeVisible();
  expect(await prisma.searchAlert.count({ where: { userId: school.id } })).toBe(0);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`saved apprenticeship search by email, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("signed out: save with an email, confirm from the emailed link, get an alert, stop it from the alert", async ({
      page,
    }) => {
      test.slow();
      const keyword = word();
      const email = uniqueEmail("alert");
      await page.goto(`/apprenticeships?q=${keyword}`);
      const form = page.getByRole("region", { name: "Get emails about this search" });
      await expectNoA11yViolations(page, "apprenticeship search, signed out, save by email");
      await form.getByLabel("Name this search").fill("Coding near me");
      await form.getByLabel("Email address").fill("not an email");
      await form.getByRole("button", { name: "Email me about this search" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(page.getByLabel("Name this search")).toHaveValue("Coding near me");
      await expectNoA11yViolations(page, "save by email, with an error");

      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me about this search" }).click();
      await expect(page.getByText(`We have sent an email to ${email}.`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/apprenticeships\\?q=${keyword}$`));

      const confirm = await waitForEmail(email, "Confirm your saved search");
      expect(confirm.html).toContain("Start the emails");
      await page.goto(linkIn(confirm, "/saved-searches/confirm"));
      await expectNoA11yViolations(page, "start the emails");
      await page.getByRole("button", { name: "Start the emails" }).click();
      await expect(page.getByText('The emails about "Coding near me" have started.')).toBeVisible();
      await expect(page).not.toHaveURL(/token=/);

      const employer = await createUser("sme");
      const vacancy = await makeVacancy(employer, {
        title: `${keyword} coding apprentice`,
        closingInDays: 2000,
      });
      await prisma.postingReview.create({
        data: {
          apprenticeshipId: vacancy.id,
          decision: "approved",
          staffEmail: "staff@example.com",
          createdAt: APPROVED_AT,
        },
      });
      runReminders();
      const alert = await waitForEmail(email, `New on SkillsBridge: ${vacancy.title}`);
      expect(alert.text).toContain(`/apprenticeships/${vacancy.id}`);
      expect(alert.listUnsubscribe).toMatch(/\/saved-searches\/stop\?token=/);

      await page.goto(linkIn(alert, "/saved-searches/stop"));
      await page.getByRole("button", { name: "Stop this alert" }).click();
      await expect(page.getByText('The alert "Coding near me" is stopped.')).toBeVisible();
      expect(await prisma.searchAlert.count({ where: { email } })).toBe(0);
    });
  });
}

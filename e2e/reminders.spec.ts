import { execFileSync } from "node:child_process";
import { prisma } from "../app/db.server";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test, type TestUser } from "./fixtures";
import { emailsTo, linkIn, waitForEmail } from "./mail";
import { unique } from "./mentoring-helpers";

// The reminders job, run as `npm run reminders -- --now ...` with a fixed clock
// (9am UK time on 13 March 2031) against this run's database and SMTP capture.
const FIXED_NOW = "2031-03-13T09:00:00Z";

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

/** A booking by `sme` on a workshop at 10am UK time the day after the fixed clock. */
async function bookedWorkshopTomorrow(sme: TestUser) {
  const board = await createUser("board");
  const title = unique("Spreadsheet clinic");
  const offer = await prisma.offer.create({
    data: {
      organisationId: board.organisationId,
      createdById: board.id,
      title,
      description: "Bring your spreadsheets.",
      kind: "clinic",
      dimensions: "data",
      schedule: "dated",
      startsAt: new Date("2031-03-14T10:00:00Z"),
      endsAt: new Date("2031-03-14T12:00:00Z"),
      format: "online",
      seats: 10,
      bookings: { create: { smeOrgId: sme.organisationId, bookedById: sme.id, seats: 1 } },
    },
    select: { id: true },
  });
  return { id: offer.id, title };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`reminders, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the day before a workshop: one email with List-Unsubscribe, once; turned off, the notice still comes in the app", async ({
      page,
    }) => {
      test.slow();
      const sme = await createUser("sme");
      const first = await bookedWorkshopTomorrow(sme);
      runReminders();
      const reminder = await waitForEmail(sme.email, `Tomorrow: ${first.title}`);
      expect(reminder.text).toContain("starts tomorrow at 10am");
      expect(reminder.html).toContain("Turn reminder emails off");
      expect(reminder.listUnsubscribe).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/account#reminders>$/);
      runReminders();
      expect(emailsTo(sme.email).filter((m) => m.subject.startsWith("Tomorrow:"))).toHaveLength(1);

      // Turn reminder emails off on the account page.
      await startSession(page, sme.email);
      await page.goto("/account");
      await expectNoA11yViolations(page, "account page with reminder emails");
      await page.getByLabel("No, do not email me reminders").check();
      await page.getByRole("button", { name: "Save reminder emails" }).click();
      await expect(page.getByText("Saved. We will not email you reminders.")).toBeVisible();
      await expect(page.getByLabel("No, do not email me reminders")).toBeChecked();

      const second = await bookedWorkshopTomorrow(sme);
      runReminders();
      await page.goto("/notifications");
      await expect(page.getByText(`"${second.title}" starts tomorrow at 10am.`)).toBeVisible();
      await expectNoA11yViolations(page, "notifications with a reminder");
      expect(emailsTo(sme.email).some((m) => m.subject === `Tomorrow: ${second.title}`)).toBe(
        false,
      );
    });

    test("action plan items due that day: one email for the firm, with text and HTML and List-Unsubscribe, once; it opens the plan", async ({
      page,
    }) => {
      test.slow();
      const sme = await createUser("sme");
      const first = unique("Back up the office laptops");
      const second = unique("Write down who has which password");
      for (const title of [first, second]) {
        await prisma.actionItem.create({
          data: {
            organisationId: sme.organisationId,
            title,
            owner: "Office manager",
            dueOn: new Date("2031-03-13T00:00:00Z"),
          },
        });
      }
      await prisma.actionItem.create({
        data: {
          organisationId: sme.organisationId,
          title: unique("Done already"),
          owner: "Owner",
          dueOn: new Date("2031-03-13T00:00:00Z"),
          status: "done",
          completedAt: new Date(),
        },
      });
      runReminders();
      const reminder = await waitForEmail(sme.email, "2 actions are due today");
      expect(reminder.text).toContain(`${first} (Office manager)`);
      expect(reminder.text).toContain(second);
      expect(reminder.text).not.toContain("Done already");
      expect(reminder.html).toContain(second);
      expect(reminder.listUnsubscribe).toMatch(/\/account#reminders>$/);
      runReminders();
      expect(emailsTo(sme.email).filter((m) => m.subject.includes("due today"))).toHaveLength(1);

      await startSession(page, sme.email);
      await page.goto(linkIn(reminder, "/readiness/plan"));
      await expect(page.getByRole("heading", { name: first })).toBeVisible();
      await expectNoA11yViolations(page, "the plan, opened from the reminder");
      await page.goto("/notifications");
      await expect(page.getByText(/These 2 actions in your plan are not done yet/)).toBeVisible();
    });
  });
}

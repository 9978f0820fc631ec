import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test, type TestUser } from "./fixtures";
import { emailsTo, waitForEmail } from "./mail";
import type { prisma } from "../app/db.server";

// The thread on a placement request, and "Report a concern" to partnership
// staff (app/opportunities/messages.server.ts).

type Db = typeof prisma;

function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

async function requestFor(db: Db, sme: TestUser, school: TestUser) {
  const title = `Bakery week ${crypto.randomBytes(4).toString("hex")}`;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "live",
      title,
      description: "Bake bread.",
      sector: "C",
      dateMode: "fixed",
      startDate: day(20),
      endDate: day(24),
      yearGroups: "10",
      places: 4,
      format: "virtual",
      firstPublishedAt: day(-5),
    },
    select: { id: true },
  });
  const request = await db.placementRequest.create({
    data: {
      placementId: placement.id,
      schoolOrgId: school.organisationId,
      requestedById: school.id,
      places: 2,
      yearGroup: "10",
    },
    select: { id: true },
  });
  return { id: request.id, title };
}

const thread = (page: Page) => page.getByRole("region", { name: "Messages" });

test.describe("messages on a placement request", () => {
  test("the school writes, the employer is told once by email and answers without JavaScript", async ({
    page,
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const request = await requestFor(db, sme, school);

    await startSession(page, school.email);
    await page.goto(`/requests/${request.id}`);
    await expect(thread(page).getByText("No messages yet.")).toBeVisible();
    await expect(
      thread(page).getByText("Do not write students' names or any personal details about them."),
    ).toBeVisible();
    await expectNoA11yViolations(page, "request, empty thread");

    // An empty message is refused, with the error summary.
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("link", { name: "Write your message" })).toBeVisible();
    await expectNoA11yViolations(page, "request, message error");

    await page.getByLabel("Message to the employer").fill("Can the students start at 10am?");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByText("Your message has been sent.")).toBeVisible();
    await page.getByLabel("Message to the employer").fill("And can they bring lunch?");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(thread(page).getByText("And can they bring lunch?")).toBeVisible();
    await expectNoA11yViolations(page, "request, filled thread");

    // One email for the two messages; the in-app notices are there for each.
    await waitForEmail(sme.email, "A new message about a placement");
    expect(
      emailsTo(sme.email).filter((m) => m.subject === "A new message about a placement"),
    ).toHaveLength(1);

    const employer = await signedIn(browser, sme, false);
    await employer.goto(`/requests/${request.id}`);
    await expect(thread(employer).getByText("Can the students start at 10am?")).toBeVisible();
    await employer.getByLabel("Message to the school").fill("Yes, 10am is fine.");
    await employer.getByRole("button", { name: "Send message" }).click();
    await expect(employer.getByText("Your message has been sent.")).toBeVisible();
    await expect(thread(employer).getByText("Yes, 10am is fine.")).toBeVisible();
    await waitForEmail(school.email, "A new message about a placement");
    await employer.context().close();

    // Each side's data download holds the thread.
    const download = await page.request.get("/account/data");
    expect(await download.text()).toContain("Yes, 10am is fine.");
  });

  test("with JavaScript, staff note and close a concern; the form checks before it posts", async ({
    page,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const staff = await createUser("staff");
    const request = await requestFor(db, sme, school);
    const concern = await db.placementConcern.create({
      data: {
        requestId: request.id,
        raisedById: sme.id,
        side: "employer",
        details: "The school sent a student's name.",
      },
      select: { id: true },
    });

    await startSession(page, staff.email);
    await page.goto(`/staff/concerns/${concern.id}`);
    await page.getByLabel("Add a note").fill("Asked the school to delete it.");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Your note has been added.")).toBeVisible();
    await expectNoA11yViolations(page, "staff concern, with a note");

    await page.getByRole("button", { name: "Close the concern" }).click();
    await expect(page.getByRole("link", { name: "Choose what came of it" })).toBeVisible();
    await page.getByLabel("We found nothing wrong").check();
    await page.getByLabel("What did you find and do?").fill("The school deleted it.");
    await page.getByRole("button", { name: "Close the concern" }).click();
    await expect(
      page.getByText("We have told the person who raised it.", { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Placement concerns" })).toBeVisible();
    await waitForEmail(sme.email, "We have looked at your concern");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a school reports a concern; staff see it with the thread in their queue", async ({
      page,
      browser,
      db,
    }) => {
      test.slow();
      const sme = await createUser("sme");
      const school = await createUser("school");
      const staff = await createUser("staff");
      const request = await requestFor(db, sme, school);
      await db.placementMessage.create({
        data: {
          requestId: request.id,
          authorId: sme.id,
          side: "employer",
          body: "Send me the students' home addresses.",
        },
      });

      await startSession(page, school.email);
      await page.goto(`/requests/${request.id}`);
      await page.getByText("Report a concern").click();
      await page.getByRole("button", { name: "Send to the partnership team" }).click();
      await expect(page.getByRole("link", { name: "Say what worries you" })).toBeVisible();
      await page.getByLabel("What worries you?").fill("The employer asks for home addresses.");
      await page.getByRole("button", { name: "Send to the partnership team" }).click();
      await expect(
        page.getByText("Thank you. The partnership team has your concern", { exact: false }),
      ).toBeVisible();

      const staffPage = await signedIn(browser, staff, false);
      await staffPage.goto("/staff/concerns");
      await expectNoA11yViolations(staffPage, "staff concerns queue");
      await staffPage.getByRole("link", { name: request.title }).first().click();
      await expect(staffPage.getByText("The employer asks for home addresses.")).toBeVisible();
      await expect(staffPage.getByText("Send me the students' home addresses.")).toBeVisible();
      await expect(staffPage.getByText("No notes yet.")).toBeVisible();
      await expectNoA11yViolations(staffPage, "staff concern, no notes");

      // A note, kept for staff only.
      await staffPage.getByRole("button", { name: "Add note" }).click();
      await expect(staffPage.getByRole("link", { name: "Write your note" })).toBeVisible();
      await staffPage.getByLabel("Add a note").fill("Rang the employer: a mistake on the form.");
      await staffPage.getByRole("button", { name: "Add note" }).click();
      await expect(staffPage.getByText("Your note has been added.")).toBeVisible();
      await expect(staffPage.getByText("Rang the employer: a mistake on the form.")).toBeVisible();

      // Closing asks for the outcome and what staff did, and keeps what was typed.
      await staffPage.getByLabel("What did you find and do?").fill("Told them not to ask.");
      await staffPage.getByRole("button", { name: "Close the concern" }).click();
      await expect(staffPage.getByRole("link", { name: "Choose what came of it" })).toBeVisible();
      await expect(staffPage.getByLabel("What did you find and do?")).toHaveValue(
        "Told them not to ask.",
      );
      await expectNoA11yViolations(staffPage, "staff concern, close error");
      await staffPage.getByLabel("We dealt with it").check();
      await staffPage
        .getByLabel("A message for the person who raised it (optional)")
        .fill("Thank you for telling us.");
      await staffPage.getByRole("button", { name: "Close the concern" }).click();
      await expect(
        staffPage.getByText(`The concern about "${request.title}" is closed.`, { exact: false }),
      ).toBeVisible();
      await staffPage.getByRole("link", { name: request.title }).first().click();
      await expect(staffPage.getByRole("heading", { name: "How it was closed" })).toBeVisible();
      await expectNoA11yViolations(staffPage, "staff concern, closed");
      await staffPage.goto("/staff/audit");
      await expect(
        staffPage.getByRole("cell", { name: "Closed a placement concern" }).first(),
      ).toBeVisible();
      await staffPage.context().close();

      // The school is told, in the app and by email, without staff's own note.
      const told = await waitForEmail(school.email, "We have looked at your concern");
      expect(told.text).toContain("We looked into it and dealt with it.");
      expect(told.text).toContain("Thank you for telling us.");
      expect(told.text).not.toContain("Told them not to ask.");
      await page.goto("/notifications");
      await expect(
        page.getByText("The partnership team has looked at the concern you raised", {
          exact: false,
        }),
      ).toBeVisible();
    });
  });
});

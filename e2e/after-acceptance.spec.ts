import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test, type TestUser } from "./fixtures";
import { waitForEmail } from "./mail";
import type { prisma } from "../app/db.server";

// Once an employer accepts places, each side sees the other's contact for the
// placement, and the school keeps the placement page after it starts
// (app/opportunities/after-acceptance.ts, contact.server.ts).

type Db = typeof prisma;

/** Midnight UTC, `days` from today, as the placement forms store dates. */
function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

/** A live, checked placement starting `startsIn` days from today, with its contact filled in. */
async function placementOf(db: Db, sme: TestUser, startsIn = 20) {
  const title = `Print shop week ${crypto.randomBytes(4).toString("hex")}`;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "live",
      title,
      description: "Help print real jobs.",
      sector: "C",
      dateMode: "fixed",
      startDate: day(startsIn),
      endDate: day(startsIn + 4),
      daysAndHours: "Monday to Friday, 9am to 3pm",
      yearGroups: "10",
      places: 4,
      format: "in-person",
      postcode: "B1 1AA",
      localAuthority: "birmingham",
      supervisorName: "Sam Supervisor",
      insuranceConfirmed: true,
      insurer: "Midlands Mutual",
      insuranceExpiry: day(400),
      insuranceCoverPounds: 5_000_000,
      riskAssessmentReviewed: true,
      riskAssessmentWritten: "yes",
      dbsNeeded: "no",
      safeguardingContactName: "Pat Guard",
      safeguardingContact: "pat@example.co.uk",
      contactIsSupervisor: true,
      contactRole: "Print manager",
      contactEmail: "sam@printshop.example",
      contactPhone: "0121 496 0001",
      workplaceAddress: "1 Print Street, Birmingham B1 1AA",
      firstDayDetails: "Come to the front desk at 9am and ask for Sam.",
      firstPublishedAt: day(-5),
    },
    select: { id: true },
  });
  return { id: placement.id, title };
}

async function requestOn(
  db: Db,
  placementId: string,
  school: TestUser,
  state: "new" | "accepted" | "declined" | "withdrawn" = "new",
) {
  return db.placementRequest.create({
    data: {
      placementId,
      schoolOrgId: school.organisationId,
      requestedById: school.id,
      places: 2,
      yearGroup: "10",
      contactPhone: "0121 496 0999",
      state,
      placesAccepted: state === "accepted" ? 2 : 0,
    },
    select: { id: true },
  });
}

const employerContact = (page: Page) =>
  page.getByRole("region", { name: "Your contact at the employer" });

test.describe("after the employer says yes", () => {
  test("the employer accepts; both sides see each other's contact on the page and in the email", async ({
    page,
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const placement = await placementOf(db, sme);
    const request = await requestOn(db, placement.id, school);

    // Before the answer, the school sees no contact details.
    const schoolPage = await signedIn(browser, school);
    await schoolPage.goto(`/requests/${request.id}`);
    await expect(
      schoolPage.getByRole("heading", { level: 1, name: placement.title }),
    ).toBeVisible();
    await expect(employerContact(schoolPage)).toHaveCount(0);
    await expect(schoolPage.getByText("sam@printshop.example")).toHaveCount(0);

    await startSession(page, sme.email);
    await page.goto(`/requests/${request.id}`);
    await page.getByLabel("How many places can you offer?").fill("2");
    await page.getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("You accepted 2 places. The school has been told.")).toBeVisible();
    const schoolContact = page.getByRole("region", { name: "Your contact at the school" });
    await expect(schoolContact.getByText(school.name)).toBeVisible();
    await expect(schoolContact.getByRole("link", { name: school.email })).toBeVisible();
    await expect(schoolContact.getByText("0121 496 0999")).toBeVisible();
    await expectNoA11yViolations(page, "request, contact shown, employer");

    await schoolPage.reload();
    const contact = employerContact(schoolPage);
    await expect(contact.getByText("Sam Supervisor, Print manager")).toBeVisible();
    await expect(contact.getByRole("link", { name: "sam@printshop.example" })).toBeVisible();
    await expect(contact.getByText("0121 496 0001")).toBeVisible();
    await expect(contact.getByText("1 Print Street, Birmingham B1 1AA")).toBeVisible();
    await expect(contact.getByText("Come to the front desk at 9am and ask for Sam.")).toBeVisible();
    await expectNoA11yViolations(schoolPage, "request, contact shown, school");

    const toSchool = await waitForEmail(school.email, "Your placement request was accepted");
    expect(toSchool.text).toContain("sam@printshop.example");
    expect(toSchool.text).toContain("Workplace address: 1 Print Street, Birmingham B1 1AA");
    expect(toSchool.text).toContain("Come to the front desk at 9am and ask for Sam.");
    const toEmployer = await waitForEmail(sme.email, "You accepted a placement request");
    expect(toEmployer.text).toContain(school.email);
    expect(toEmployer.text).toContain("0121 496 0999");
    await schoolPage.context().close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("only the two parties of an accepted request see the contact; the school keeps the placement after it starts", async ({
      page,
      browser,
      db,
    }) => {
      const sme = await createUser("sme");
      const school = await createUser("school");
      const otherSchool = await createUser("school");
      // Started two days ago: no longer listed, and closed to requests.
      const placement = await placementOf(db, sme, -2);
      const accepted = await requestOn(db, placement.id, school, "accepted");
      const declined = await requestOn(db, placement.id, otherSchool, "declined");

      await startSession(page, school.email);
      await page.goto(`/requests/${accepted.id}`);
      await expect(employerContact(page).getByText("0121 496 0001")).toBeVisible();

      // The placement page stays open to this school after the start, with contact and dates.
      await page.goto(`/placements/${placement.id}`);
      await expect(page.getByRole("heading", { level: 1, name: placement.title })).toBeVisible();
      await expect(page.getByText("This placement is no longer taking requests.")).toBeVisible();
      await expect(employerContact(page).getByText("sam@printshop.example")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Ask for places" })).toHaveCount(0);
      // And what the employer confirmed about safeguarding.
      await expect(
        page.getByText("Checked: £5,000,000 cover with Midlands Mutual", { exact: false }),
      ).toBeVisible();
      await expect(page.getByText("Reviewed for young people, and written down")).toBeVisible();
      await expect(page.getByText("No supervisor needs a DBS check")).toBeVisible();
      await expect(page.getByText("Pat Guard")).toBeVisible();
      await expectNoA11yViolations(page, "placement after start, school with accepted places");

      // A school whose request was declined sees neither the contact nor the started placement.
      const other = await signedIn(browser, otherSchool, false);
      await other.goto(`/requests/${declined.id}`);
      await expect(other.getByRole("heading", { level: 1, name: placement.title })).toBeVisible();
      await expect(employerContact(other)).toHaveCount(0);
      await expect(other.getByText("sam@printshop.example")).toHaveCount(0);
      expect((await other.goto(`/placements/${placement.id}`))?.status()).toBe(404);
      // Nor another school's request.
      expect((await other.goto(`/requests/${accepted.id}`))?.status()).toBe(404);
      await other.context().close();

      // Signed out: sent to sign in, no details.
      const anonymous = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        javaScriptEnabled: false,
      });
      const visitor = await anonymous.newPage();
      await visitor.goto(`/requests/${accepted.id}`);
      await expect(visitor.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expect(visitor.getByText("sam@printshop.example")).toHaveCount(0);
      await anonymous.close();
    });

    test("the employer fills in the placement contact section; it is needed before sending", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      const placement = await placementOf(db, sme);
      await db.placement.update({
        where: { id: placement.id },
        data: { state: "draft", contactIsSupervisor: false, contactPhone: "", firstDayDetails: "" },
      });
      await startSession(page, sme.email);
      await page.goto(`/postings/placements/${placement.id}`);
      await page.getByRole("button", { name: "Send for checking" }).click();
      const summary = page.getByRole("alert");
      await expect(summary.getByText("It cannot be sent for checking yet")).toBeVisible();
      await expect(
        summary.getByRole("link", { name: "Enter the placement contact's phone number" }),
      ).toBeVisible();
      await expect(
        summary.getByRole("link", { name: "Enter what students need to know on the first day" }),
      ).toBeVisible();

      await page.goto(`/postings/placements/${placement.id}/edit`);
      await page.getByLabel("Contact's phone number").fill("not a phone");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(
        page.getByRole("link", { name: "Enter a real phone number, like 0121 496 0000" }),
      ).toBeVisible();
      await expect(page.getByLabel("Contact's phone number")).toHaveValue("not a phone");
      await expectNoA11yViolations(page, "placement form, contact error");
      await page.getByLabel("The supervisor is the placement contact").check();
      await page.getByLabel("Contact's phone number").fill("0121 496 0002");
      await page
        .getByLabel("What students need to know on the first day")
        .fill("Ring the bell at the side door at 9am.");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByText("Your placement has been saved as a draft.")).toBeVisible();
      await page.getByRole("button", { name: "Send for checking" }).click();
      await expect(page.getByText("Sent to the partnership team to check.")).toBeVisible();
    });
  });
});

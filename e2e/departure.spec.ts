import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, PASSWORD, signedIn, test, type TestUser } from "./fixtures";
import type { prisma } from "../app/db.server";

// Deleting one side of a placement keeps the other side's record (issue 13):
// the school keeps its request as "a former employer", the employer keeps its
// as "a former school" (app/opportunities/departure.server.ts).

type Db = typeof prisma;

function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

/** A live placement with an accepted request and one message from each side. */
async function acceptedRequest(db: Db, sme: TestUser, school: TestUser) {
  const title = `Robot week ${crypto.randomBytes(4).toString("hex")}`;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "live",
      title,
      description: "Build and test small robots.",
      sector: "C",
      dateMode: "fixed",
      startDate: day(20),
      endDate: day(24),
      yearGroups: "10",
      places: 4,
      format: "in-person",
      contactName: "Priya Shah",
      contactRole: "Workshop lead",
      contactEmail: "priya@robots.test",
      contactPhone: "0121 496 0999",
      workplaceAddress: "Unit 4, Robot Lane, Birmingham",
      firstDayDetails: "Come to the side door at 9am.",
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
      accessNeeds: "One student uses a wheelchair.",
      state: "accepted",
      placesAccepted: 2,
      answeredAt: day(-1),
      contactPhone: "0121 496 0111",
    },
    select: { id: true },
  });
  await db.placementMessage.createMany({
    data: [
      { requestId: request.id, authorId: school.id, side: "school", body: "Is there a lift?" },
      { requestId: request.id, authorId: sme.id, side: "employer", body: "Yes, by the door." },
    ],
  });
  return { id: request.id, placementId: placement.id, title };
}

async function deleteOwnAccount(page: Page) {
  await page.goto("/account/delete");
  await expect(
    page.getByText("keep their own record of that work, without your name or contact details"),
  ).toBeVisible();
  await page.getByLabel("I understand that my account will be deleted for good").check();
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();
}

for (const javaScriptEnabled of [false, true]) {
  const js = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`an employer deletes its account ${js}: the school keeps its request, from "a former employer"`, async ({
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const request = await acceptedRequest(db, sme, school);

    const employer = await signedIn(browser, sme, javaScriptEnabled);
    await deleteOwnAccount(employer);
    await employer.context().close();

    const schoolPage = await signedIn(browser, school, javaScriptEnabled);
    await schoolPage.goto(`/requests/${request.id}`);
    await expect(schoolPage.getByRole("heading", { name: request.title })).toBeVisible();
    await expect(schoolPage.getByText("a former employer").first()).toBeVisible();
    await expect(schoolPage.getByText(sme.organisationName)).toHaveCount(0);
    await expect(
      schoolPage.getByText("This employer has left SkillsBridge. The placement will not go ahead"),
    ).toBeVisible();
    // The school's own record stays: what it asked for and both sides' messages.
    await expect(schoolPage.getByText("One student uses a wheelchair.")).toBeVisible();
    const thread = schoolPage.getByRole("region", { name: "Messages" });
    await expect(thread.getByText("Is there a lift?")).toBeVisible();
    await expect(thread.getByText("Yes, by the door.")).toBeVisible();
    await expect(thread.getByText("Someone who has left, a former employer")).toBeVisible();
    // A side that left has no contact, and nobody to write to.
    await expect(schoolPage.getByText("Priya Shah")).toHaveCount(0);
    await expect(schoolPage.getByText("0121 496 0999")).toHaveCount(0);
    await expect(schoolPage.getByText("Robot Lane")).toHaveCount(0);
    await expect(schoolPage.getByLabel("Message to the employer")).toHaveCount(0);
    await expect(
      thread.getByText("The employer has left SkillsBridge, so you cannot send messages here now."),
    ).toBeVisible();
    await expectNoA11yViolations(schoolPage, "request, former employer");

    // The list of requests, and the placement the school had places on.
    await schoolPage.goto("/requests");
    await expect(
      schoolPage
        .getByRole("row", { name: new RegExp(request.title) })
        .getByText("a former employer"),
    ).toBeVisible();
    await expectNoA11yViolations(schoolPage, "requests, former employer");
    await schoolPage.goto(`/placements/${request.placementId}`);
    await expect(schoolPage.getByText("a former employer").first()).toBeVisible();
    await expect(
      schoolPage.getByText("This employer has left SkillsBridge. The placement will not go ahead"),
    ).toBeVisible();
    await expect(schoolPage.getByRole("heading", { name: /Apprenticeships at/ })).toHaveCount(0);
    await expectNoA11yViolations(schoolPage, "placement, former employer");

    // The school was told, and its download still holds the request and the thread.
    await schoolPage.goto("/notifications");
    await expect(
      schoolPage.getByText(
        `The employer of the placement "${request.title}" has left SkillsBridge.`,
      ),
    ).toBeVisible();
    const data = await (await schoolPage.request.get("/account/data")).text();
    expect(data).toContain("One student uses a wheelchair.");
    expect(data).toContain("Yes, by the door.");
    expect(data).not.toContain("priya@robots.test");
    await schoolPage.context().close();
  });

  test(`a school deletes its account ${js}: the employer keeps its request, from "a former school"`, async ({
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const request = await acceptedRequest(db, sme, school);

    const schoolPage = await signedIn(browser, school, javaScriptEnabled);
    await deleteOwnAccount(schoolPage);
    await schoolPage.context().close();

    const employer = await signedIn(browser, sme, javaScriptEnabled);
    await employer.goto(`/requests/${request.id}`);
    await expect(employer.getByRole("heading", { name: request.title })).toBeVisible();
    await expect(employer.getByText("a former school").first()).toBeVisible();
    await expect(employer.getByText(school.organisationName)).toHaveCount(0);
    await expect(
      employer.getByText(
        "This school has left SkillsBridge. You keep this request for your records.",
      ),
    ).toBeVisible();
    const thread = employer.getByRole("region", { name: "Messages" });
    await expect(thread.getByText("Is there a lift?")).toBeVisible();
    await expect(thread.getByText("Someone who has left, a former school")).toBeVisible();
    await expect(employer.getByText("0121 496 0111")).toHaveCount(0);
    await expect(employer.getByText(school.email)).toHaveCount(0);
    await expect(employer.getByLabel("Message to the school")).toHaveCount(0);
    await expectNoA11yViolations(employer, "request, former school");

    // The placement was still to come: its places came back, and the employer was told.
    await expect(employer.getByText("Withdrawn by the school").first()).toBeVisible();
    await employer.goto("/notifications");
    await expect(
      employer.getByText(`The school that had places on "${request.title}" has left SkillsBridge.`),
    ).toBeVisible();

    await employer.goto(`/postings/placements/${request.placementId}`);
    await expect(employer.getByText("a former school").first()).toBeVisible();
    await expectNoA11yViolations(employer, "placement, former school");
    await employer.context().close();
  });
}

test(`a business deletes its account: the board firm keeps its booking on a past offer, from "a former business"`, async ({
  browser,
  db,
}) => {
  const board = await createUser("board");
  const sme = await createUser("sme");
  const title = `Cyber clinic ${crypto.randomBytes(4).toString("hex")}`;
  const offer = await db.offer.create({
    data: {
      organisationId: board.organisationId,
      createdById: board.id,
      title,
      description: "Bring your questions about passwords.",
      kind: "clinic",
      dimensions: "cyber",
      schedule: "dated",
      startsAt: new Date(Date.now() - 2 * 86_400_000),
      endsAt: new Date(Date.now() - 2 * 86_400_000 + 3_600_000),
      format: "online",
      seats: 6,
    },
    select: { id: true },
  });
  await db.offerBooking.create({
    data: { offerId: offer.id, smeOrgId: sme.organisationId, bookedById: sme.id, seats: 3 },
  });

  const smePage = await signedIn(browser, sme, false);
  await deleteOwnAccount(smePage);
  await smePage.context().close();

  const boardPage = await signedIn(browser, board);
  await boardPage.goto(`/board/offers/${offer.id}/edit`);
  const bookings = boardPage.getByRole("table", { name: "3 seats booked" });
  await expect(bookings.getByRole("row", { name: /a former business/ })).toBeVisible();
  await expect(boardPage.getByText(sme.organisationName)).toHaveCount(0);
  await expectNoA11yViolations(boardPage, "offer bookings, former business");
  await boardPage.context().close();
});

test("the privacy notice says what stays for the other side, and what the audit trail keeps and why", async ({
  page,
}) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { name: "When you delete your account" })).toBeVisible();
  for (const text of [
    'They then say "a former school" or "a former employer".',
    'It then says "a former mentor" or "a former business", not your name.',
    "We delete the names, emails and phone numbers of its contacts, and the workplace address.",
    "Invitations sent to your email address, used or not, are deleted.",
    "Each entry shows who did it (their email address), what they did, to whom and when, and any reason they gave.",
    "We keep it so that the partnership can show who let an organisation reach schools, and why.",
  ])
    await expect(page.getByText(text, { exact: false })).toBeVisible();
  await expectNoA11yViolations(page, "privacy notice");
});

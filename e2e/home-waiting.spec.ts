import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { prisma } from "../app/db.server";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test, type TestUser } from "./fixtures";
import { makeVacancy } from "./applications-helpers";
import { seedMentor, seedRequest } from "./mentoring-helpers";

// Each home page starts with what needs that person (app/home/waiting.ts).

/** Midnight UTC, `days` from today, as the placement forms store dates. */
function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

/** A live placement of `employer` starting in 20 days, with a school's request on it. */
async function requestOnPlacement(
  employer: TestUser,
  school: TestUser,
  answer?: "accepted",
): Promise<void> {
  const placement = await prisma.placement.create({
    data: {
      organisationId: employer.organisationId,
      state: "live",
      title: `Print shop week ${crypto.randomBytes(4).toString("hex")}`,
      description: "Help print real jobs.",
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
  await prisma.placementRequest.create({
    data: {
      placementId: placement.id,
      schoolOrgId: school.organisationId,
      requestedById: school.id,
      places: 2,
      yearGroup: "10",
      ...(answer
        ? { state: "accepted", placesAccepted: 2, viewedAt: day(-1), answeredAt: day(-1) }
        : {}),
    },
  });
}

async function waitingSection(page: Page) {
  await page.goto("/");
  const section = page.getByRole("region", { name: "What needs you" });
  await expect(section).toBeVisible();
  return section;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`home pages say what waits, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an SME with nothing waiting gets a next step; with a school's request, a count that links to it", async ({
      page,
    }) => {
      const sme = await createUser("sme");
      await startSession(page, sme.email);
      let section = await waitingSection(page);
      await expect(section).toContainText("Nothing is waiting for you.");
      await expect(section.getByRole("link", { name: "Find training" })).toHaveAttribute(
        "href",
        "/offers",
      );
      await expectNoA11yViolations(page, "SME home, nothing waiting");

      const school = await createUser("school");
      await requestOnPlacement(sme, school);
      await requestOnPlacement(sme, school);
      section = await waitingSection(page);
      await expect(section).not.toContainText("Nothing is waiting");
      await expectNoA11yViolations(page, "SME home, requests waiting");
      await section.getByRole("link", { name: "2 requests from schools to answer" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page).toHaveURL(/\/requests$/);
    });

    test("an SME sees a new application and an action due, each linking to its list", async ({
      page,
    }) => {
      const sme = await createUser("sme");
      const vacancy = await makeVacancy(sme, { title: `Web apprentice ${crypto.randomUUID()}` });
      await prisma.application.create({
        data: {
          apprenticeshipId: vacancy.id,
          email: `applicant-${crypto.randomUUID()}@example.com`,
          name: "Ada Applicant",
          state: "new",
          submittedAt: new Date(),
        },
      });
      await prisma.actionItem.create({
        data: {
          organisationId: sme.organisationId,
          title: "Turn on two-step sign-in for email",
          owner: "Office manager",
          dueOn: day(-2),
        },
      });
      await startSession(page, sme.email);
      const section = await waitingSection(page);
      await expect(section).not.toContainText("Nothing is waiting");
      await expectNoA11yViolations(page, "SME home, applications and actions waiting");
      await section.getByRole("link", { name: "1 new application to look at" }).click();
      await expect(page).toHaveURL(
        new RegExp(`/postings/apprenticeships/${vacancy.id}/applications\\?state=new$`),
      );
      await expect(page.getByRole("link", { name: "Ada Applicant" })).toBeVisible();

      await page.goto("/");
      await page
        .getByRole("region", { name: "What needs you" })
        .getByRole("link", { name: "1 action in your plan due or overdue" })
        .click();
      await expect(page).toHaveURL(/\/readiness\/plan$/);
      await expect(
        page.getByRole("heading", { name: "Turn on two-step sign-in for email" }),
      ).toBeVisible();
    });

    test("a school sees the answer it got and the placement coming up", async ({ page }) => {
      const school = await createUser("school");
      await startSession(page, school.email);
      await expect(await waitingSection(page)).toContainText("Nothing is waiting for you.");
      await requestOnPlacement(await createUser("sme"), school, "accepted");
      const section = await waitingSection(page);
      await expect(
        section.getByRole("link", { name: "1 answer from employers in the last 2 weeks" }),
      ).toHaveAttribute("href", "/requests");
      await expect(section.getByRole("link", { name: "1 placement coming up" })).toBeVisible();
      await expectNoA11yViolations(page, "school home, answers waiting");
    });

    test("a board member sees a mentoring request to answer", async ({ page }) => {
      const mentor = await seedMentor();
      await startSession(page, mentor.email);
      const empty = await waitingSection(page);
      await expect(empty.getByRole("link", { name: "Add an offer" })).toBeVisible();
      await expectNoA11yViolations(page, "board home, nothing waiting");
      await seedRequest(mentor.profileId, await createUser("sme"));
      const section = await waitingSection(page);
      await section.getByRole("link", { name: "1 mentoring request to answer" }).click();
      await expect(page).toHaveURL(/\/board$/);
    });

    test("a board member sees a mentoring session coming up, linked to its relationship", async ({
      page,
    }) => {
      const mentor = await seedMentor();
      const relationship = await seedRequest(mentor.profileId, await createUser("sme"), "accepted");
      const startsAt = new Date(Date.now() + 2 * 86_400_000);
      await prisma.mentoringMeeting.create({
        data: {
          relationshipId: relationship.id,
          proposedBySide: "sme",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          joinUrl: "https://meet.example.com/abc",
          state: "accepted",
          answeredAt: new Date(),
        },
      });
      await startSession(page, mentor.email);
      const section = await waitingSection(page);
      await expectNoA11yViolations(page, "board home, a session coming up");
      await section.getByRole("link", { name: "1 mentoring session in the next 7 days" }).click();
      await expect(page).toHaveURL(new RegExp(`/mentoring/${relationship.id}#planned$`));
    });

    test("staff see the organisations waiting to be checked", async ({ page }) => {
      const staff = await createUser("staff");
      await createUser("school", { verified: false });
      await startSession(page, staff.email);
      const section = await waitingSection(page);
      await expect(
        section.getByRole("link", { name: /^\d+ organisations? to check$/ }),
      ).toHaveAttribute("href", "/staff/verification");
      await expectNoA11yViolations(page, "staff home, queues waiting");
    });
  });
}

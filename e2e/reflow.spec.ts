import type { Page } from "@playwright/test";
import { makeApprenticeship, makePlacement, makePlacementDraft } from "../tests/opportunities-data";
import { dimensionIds } from "../app/readiness/dimensions";
import { currentBank } from "../app/readiness/question-bank";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { seedCheck, seedMentor, seedRequest } from "./mentoring-helpers";
import { allAnswers } from "./readiness-helpers";

// A sweep of every page, filled with data, on a 320px-wide screen (WCAG 1.4.10
// reflow) and through axe. The journeys' own specs scan their states as they
// go; this catches the pages and widths that no journey happens to visit (a
// wide table once pushed the whole board page 686px sideways).

async function sweep(page: Page, paths: string[]) {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBeLessThan(400);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at 320px on ${path}`).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, path);
  }
}

/** A business with a check, postings, a school's request, a mentor and an offer booking: every SME page has content. */
async function fullBusiness(db: Parameters<Parameters<typeof test>[2]>[0]["db"]) {
  const now = new Date();
  const sme = await createUser("sme", {
    organisation: { name: "Greenfield Precision Engineering and Fabrication Ltd" },
  });
  const school = await createUser("school", {
    organisation: { name: "St Bartholomew's Church of England Academy" },
  });
  const mentor = await seedMentor({ expertise: "workforce,data,cyber" });
  await seedCheck(
    sme.organisationId,
    { strategy: 70, workforce: 30, data: 40 },
    new Date(now.getTime() - 90 * 86_400_000),
  );
  const check = await seedCheck(sme.organisationId, { workforce: 35, data: 45 });
  const apprenticeship = await makeApprenticeship(sme.organisationId, now, {
    title: "Junior cloud infrastructure and cyber security apprentice",
  });
  const placement = await makePlacement(sme.organisationId, now, {
    title: "A week with our computer-aided design and manufacturing team",
  });
  const request = await db.placementRequest.create({
    data: {
      placementId: placement.id,
      schoolOrgId: school.organisationId,
      requestedById: school.id,
      places: 2,
      yearGroup: "10",
      note: "Two students keen on engineering.",
    },
    select: { id: true },
  });
  const relationship = await seedRequest(mentor.profileId, sme, "accepted");
  const offer = await db.offer.create({
    data: {
      organisationId: mentor.organisationId,
      createdById: mentor.id,
      title: "Cyber essentials clinic for small manufacturers",
      description: "Bring your questions about passwords, backups and phishing.",
      kind: "clinic",
      dimensions: "cyber",
      schedule: "dated",
      startsAt: new Date(now.getTime() + 14 * 86_400_000),
      endsAt: new Date(now.getTime() + 14 * 86_400_000 + 2 * 3_600_000),
      format: "online",
      seats: 12,
    },
    select: { id: true },
  });
  await db.offerBooking.create({
    data: { offerId: offer.id, smeOrgId: sme.organisationId, bookedById: sme.id, seats: 1 },
  });
  await db.notification.create({
    data: {
      organisationId: sme.organisationId,
      message: "Your placement was approved.",
      link: `/postings/placements/${placement.id}`,
    },
  });
  return { sme, school, mentor, check, apprenticeship, placement, request, relationship, offer };
}

test("public pages reflow at 320px and pass axe", async ({ page }) => {
  const apprenticeship = await makeApprenticeship(
    (await createUser("sme")).organisationId,
    new Date(),
    {
      title: "Digital marketing and social media apprentice",
    },
  );
  await sweep(page, [
    "/",
    "/apprenticeships",
    "/apprenticeships?q=marketing&level=3",
    `/apprenticeships/${apprenticeship.id}`,
    "/sign-in",
    "/create-account",
    "/forgot-password",
    "/accessibility",
    "/privacy",
    "/cookies",
  ]);
});

test("every SME page, filled, reflows at 320px and passes axe", async ({ page, db }) => {
  // About twenty pages, each with axe: over a minute when the machine is busy.
  test.slow();
  const { sme, check, apprenticeship, placement, request, relationship, offer, mentor } =
    await fullBusiness(db);
  await startSession(page, sme.email);
  await sweep(page, [
    "/",
    "/readiness",
    `/readiness/results/${check.id}`,
    "/readiness/history",
    "/postings",
    `/postings/apprenticeships/${apprenticeship.id}`,
    `/postings/placements/${placement.id}`,
    "/postings/apprenticeships/new",
    "/postings/placements/new",
    `/requests`,
    `/requests/${request.id}`,
    "/mentors",
    `/mentors/${mentor.profileId}`,
    "/offers",
    `/offers/${offer.id}`,
    "/mentoring",
    `/mentoring/${relationship.id}`,
    "/notifications",
    "/account",
  ]);
});

test("every school, board and staff page, filled, reflows at 320px and passes axe", async ({
  page,
  db,
  browser,
  baseURL,
}) => {
  test.slow();
  const { school, mentor, placement, request, relationship } = await fullBusiness(db);
  await startSession(page, school.email);
  await sweep(page, [
    "/",
    "/placements",
    "/placements?q=design",
    `/placements/${placement.id}`,
    "/requests",
    `/requests/${request.id}`,
    "/account",
  ]);

  const boardContext = await browser.newContext({ baseURL });
  const boardPage = await boardContext.newPage();
  await startSession(boardPage, mentor.email);
  await sweep(boardPage, [
    "/",
    "/board",
    "/board/profile",
    "/board/offers/new",
    "/mentoring",
    `/mentoring/${relationship.id}`,
  ]);
  await boardContext.close();

  const staff = await createUser("staff");
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  await startSession(staffPage, staff.email);
  await sweep(staffPage, [
    "/",
    "/staff",
    "/staff/verification",
    "/staff/review",
    "/staff/users",
    `/staff/users/${school.id}`,
    "/staff/insights",
    "/staff/audit",
  ]);
  await staffContext.close();
});

test("pages part way through a task (a check, a draft, a review) reflow at 320px and pass axe", async ({
  page,
  db,
  browser,
  baseURL,
}) => {
  // Sixteen pages, each scanned at 320px, in two sessions: past 60 s on a loaded 2-core machine.
  test.slow();
  const now = new Date();
  const sme = await createUser("sme");
  await db.readinessCheck.create({
    data: {
      organisationId: sme.organisationId,
      bankVersion: currentBank.version,
      answers: JSON.stringify(allAnswers("worst")),
    },
  });
  const draft = await makeApprenticeship(sme.organisationId, now, {
    state: "draft",
    firstPublishedAt: null,
  });
  const placement = await makePlacement(sme.organisationId, now, { state: "draft" });
  const submitted = await makePlacement(sme.organisationId, now, {
    state: "submitted",
    title: "Placement waiting for a check",
  });
  const placementDraft = await makePlacementDraft(sme.organisationId, now);
  await startSession(page, sme.email);
  await sweep(page, [
    ...dimensionIds.map((dimension) => `/readiness/section/${dimension}`),
    "/readiness/check-answers",
    `/postings/apprenticeships/${draft.id}/edit`,
    `/postings/placements/${placement.id}/edit`,
    `/postings/placements/${placement.id}/safeguarding`,
    `/postings/placements/drafts/${placementDraft.id}`,
    `/postings/placements/drafts/${placementDraft.id}/dates`,
    `/postings/placements/drafts/${placementDraft.id}/check`,
    `/postings/placements/drafts/${placementDraft.id}/preview`,
  ]);

  const unverified = await createUser("school", { verified: false });
  const staff = await createUser("staff");
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  await startSession(staffPage, staff.email);
  await sweep(staffPage, [
    `/staff/review/placements/${submitted.id}`,
    `/staff/verification/${unverified.organisationId}`,
  ]);
  await staffContext.close();
});

import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { waitForEmail } from "./mail";
import { createUser, expect, signedIn, startSession, test, type TestUser } from "./fixtures";
import type { prisma } from "../app/db.server";

// After a work-experience placement, the school and the employer each record
// how many students came and how it went; the employer also says whether it
// would host again (app/opportunities/requests.server.ts recordOutcome).

type Db = typeof prisma;

/** Midnight UTC, `days` from today, as the placement forms store dates. */
function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * A placement (ending `endsIn` days from today) and a school's request on it,
 * accepted for 2 of the 3 places asked for, written straight to the database.
 */
async function acceptedRequest(db: Db, sme: TestUser, school: TestUser, endsIn: number) {
  const title = `Print shop week ${crypto.randomBytes(4).toString("hex")}`;
  const ended = endsIn < 0;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: ended ? "closed" : "live",
      title,
      description: "Help print real jobs.",
      sector: "C",
      dateMode: "fixed",
      startDate: day(endsIn - 2),
      endDate: day(endsIn),
      yearGroups: "10",
      places: 4,
      format: "virtual",
      firstPublishedAt: day(endsIn - 40),
      closedAt: ended ? day(endsIn) : null,
    },
    select: { id: true },
  });
  const request = await db.placementRequest.create({
    data: {
      placementId: placement.id,
      schoolOrgId: school.organisationId,
      requestedById: school.id,
      places: 3,
      yearGroup: "10",
      state: "accepted",
      placesAccepted: 2,
      createdAt: day(endsIn - 30),
      viewedAt: day(endsIn - 29),
      answeredAt: day(endsIn - 29),
    },
    select: { id: true },
  });
  return { id: request.id, title };
}

function outcomeOf(db: Db, id: string) {
  return db.placementRequest.findUniqueOrThrow({
    where: { id },
    select: {
      schoolAttended: true,
      schoolFeedback: true,
      employerAttended: true,
      employerFeedback: true,
      wouldHostAgain: true,
    },
  });
}

/**
 * A placement that ends `endsIn` days from today, an SME and a school with an
 * accepted request on it; the school signed in on `page`, at the request.
 */
async function openedBySchool(db: Db, page: Page, endsIn: number) {
  const sme = await createUser("sme");
  const school = await createUser("school");
  const request = await acceptedRequest(db, sme, school, endsIn);
  await startSession(page, school.email);
  await page.goto(`/requests/${request.id}`);
  return { sme, school, request };
}

const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });
const tooMany = "Only 2 places were accepted, so no more students than that can have come.";
const hostAgain = "Would you host a placement again?";
const hostAgainMissing = "Select whether you would host a placement again";

// Each side's form asks how many students there were in its own words.
const attendedLabel = {
  school: "How many students went?",
  employer: "How many students came?",
} as const;
type Side = keyof typeof attendedLabel;
const feedbackLabel = "How did it go? (optional)";

const save = (page: Page) => page.getByRole("button", { name: "Save", exact: true }).click();

/** Types a side's answers (the "host again" question apart) and saves. */
async function saveOutcome(
  page: Page,
  side: Side,
  answer: { attended: string; feedback?: string },
) {
  await page.getByLabel(attendedLabel[side]).fill(answer.attended);
  if (answer.feedback !== undefined) await page.getByLabel(feedbackLabel).fill(answer.feedback);
  await save(page);
}

/** After a refused save, the form still holds what was typed. */
async function expectKept(page: Page, side: Side, answer: { attended: string; feedback: string }) {
  await expect(page.getByLabel(attendedLabel[side])).toHaveValue(answer.attended);
  await expect(page.getByLabel(feedbackLabel)).toHaveValue(answer.feedback);
}

/** A save that went through, and the page's summary of what the side said. */
async function expectSaved(page: Page, said: string) {
  await expect(page.getByText("Thank you. Your feedback is saved.")).toBeVisible();
  await expect(page.getByText(said)).toBeVisible();
}

test.describe("after a placement", () => {
  test("the school and the employer record who came and how it went; each sees what it said", async ({
    page,
    browser,
    db,
  }) => {
    // The school: an empty form, then more students than were accepted.
    const { sme, school, request } = await openedBySchool(db, page, -3);
    await expect(page.getByRole("heading", { level: 1, name: request.title })).toBeVisible();
    await expect(page.getByText("2 places accepted of the 3 asked for.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "After the placement" })).toBeVisible();
    await expect(page.getByText("You said", { exact: false })).toHaveCount(0);
    await expectNoA11yViolations(page, "placement outcome, school, empty");

    const tooManyAnswer = { attended: "3", feedback: "They loved the <b>big</b> press." };
    await saveOutcome(page, "school", tooManyAnswer);
    await expect(summaryOf(page).getByRole("link", { name: tooMany })).toBeVisible();
    await expect(summaryOf(page)).toBeFocused();
    await expectKept(page, "school", tooManyAnswer);
    await expectNoA11yViolations(page, "placement outcome, school, error");
    expect((await outcomeOf(db, request.id)).schoolAttended).toBeNull();

    await saveOutcome(page, "school", { attended: "2" });
    await expectSaved(page, "You said 2 students came.");
    await expect(summaryOf(page)).toHaveCount(0);
    await expectNoA11yViolations(page, "placement outcome, school, filled");
    expect(await outcomeOf(db, request.id)).toEqual({
      schoolAttended: 2,
      schoolFeedback: "They loved the <b>big</b> press.",
      employerAttended: null,
      employerFeedback: null,
      wouldHostAgain: null,
    });
    // The employer is told, in the app and by email, so it can add its side.
    await waitForEmail(sme.email, "The school has said how the placement went");
    expect(
      await db.notification.count({
        where: { organisationId: sme.organisationId, link: `/requests/${request.id}` },
      }),
    ).toBe(1);

    // The employer sees its own empty form, not what the school said.
    const smePage = await signedIn(browser, sme);
    await smePage.goto(`/requests/${request.id}`);
    await expect(smePage.getByRole("heading", { level: 1, name: request.title })).toBeVisible();
    await expect(smePage.getByText(school.organisationName).first()).toBeVisible();
    await expect(smePage.getByText("You said", { exact: false })).toHaveCount(0);
    await expectNoA11yViolations(smePage, "placement outcome, employer, empty");

    // A missing answer is caught before anything is sent, and what was typed stays.
    const employerAnswer = { attended: "2", feedback: "Punctual and curious." };
    await saveOutcome(smePage, "employer", employerAnswer);
    await expect(summaryOf(smePage).getByRole("link", { name: hostAgainMissing })).toBeVisible();
    await expectKept(smePage, "employer", employerAnswer);
    await expectNoA11yViolations(smePage, "placement outcome, employer, error");
    // The error link takes the person to the question.
    await summaryOf(smePage).getByRole("link", { name: hostAgainMissing }).click();
    await expect(smePage.getByRole("group", { name: hostAgain }).getByLabel("Yes")).toBeFocused();

    await smePage.getByRole("group", { name: hostAgain }).getByLabel("Yes").check();
    await save(smePage);
    await expectSaved(smePage, "You said 2 students came. You would host again.");
    await expectNoA11yViolations(smePage, "placement outcome, employer, filled");
    expect(await outcomeOf(db, request.id)).toEqual({
      schoolAttended: 2,
      schoolFeedback: "They loved the <b>big</b> press.",
      employerAttended: 2,
      employerFeedback: "Punctual and curious.",
      wouldHostAgain: true,
    });
    await waitForEmail(school.email, "The employer has said how the placement went");
    await smePage.context().close();

    // Both have given it, so each sees the other's (feedbackRevealed); the
    // employer's "host again" stays its own.
    await page.goto(`/requests/${request.id}`);
    await expect(page.getByText("You said 2 students came.")).toBeVisible();
    const theirs = page.getByRole("region", { name: "The employer's feedback" });
    await expect(theirs.getByText("The employer said 2 students came.")).toBeVisible();
    await expect(theirs.getByText("Punctual and curious.")).toBeVisible();
    await expect(page.getByText("host again", { exact: false })).toHaveCount(0);
    await expectNoA11yViolations(page, "placement outcome, school, both sides' feedback");
  });

  test("one side's feedback stays hidden from the other until 14 days after the end", async ({
    page,
    browser,
    db,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const recent = await acceptedRequest(db, sme, school, -3);
    const older = await acceptedRequest(db, sme, school, -14);
    for (const { id } of [recent, older])
      await db.placementRequest.update({
        where: { id },
        data: { schoolAttended: 1, schoolFeedback: "Only one could go." },
      });

    await startSession(page, school.email);
    await page.goto(`/requests/${recent.id}`);
    await expect(
      page.getByText("You will see the employer's feedback once they have given it", {
        exact: false,
      }),
    ).toBeVisible();

    const smePage = await signedIn(browser, sme);
    // Ended 3 days ago and the employer has not answered: the school's words stay hidden.
    await smePage.goto(`/requests/${recent.id}`);
    await expect(smePage.getByRole("heading", { level: 1, name: recent.title })).toBeVisible();
    await expect(smePage.getByText("Only one could go.")).toHaveCount(0);
    await expect(smePage.getByRole("region", { name: "The school's feedback" })).toHaveCount(0);
    // Ended 14 days ago: shown, though the employer has not given its own.
    await smePage.goto(`/requests/${older.id}`);
    const theirs = smePage.getByRole("region", { name: "The school's feedback" });
    await expect(theirs.getByText("The school said 1 student came.")).toBeVisible();
    await expect(theirs.getByText("Only one could go.")).toBeVisible();
    await expectNoA11yViolations(smePage, "placement outcome, employer, school's feedback shown");
    await smePage.context().close();
  });

  test("another school or employer cannot record an outcome; nobody can before the placement ends", async ({
    page,
    browser,
    db,
    baseURL,
  }) => {
    const sme = await createUser("sme");
    const school = await createUser("school");
    const ended = await acceptedRequest(db, sme, school, -3);
    const headers = { Origin: baseURL! };

    const otherSchool = await signedIn(browser, await createUser("school"));
    expect((await otherSchool.goto(`/requests/${ended.id}`))?.status()).toBe(404);
    await expect(otherSchool.getByRole("heading", { name: "Page not found" })).toBeVisible();
    const bySchool = await otherSchool.request.post(`/requests/${ended.id}`, {
      form: { intent: "school-outcome", attended: "2", feedback: "Not ours" },
      headers,
      maxRedirects: 0,
    });
    expect(bySchool.status()).toBe(404);
    await otherSchool.context().close();

    const otherSme = await signedIn(browser, await createUser("sme"));
    const byEmployer = await otherSme.request.post(`/requests/${ended.id}`, {
      form: { intent: "employer-outcome", attended: "2", wouldHostAgain: "no" },
      headers,
      maxRedirects: 0,
    });
    expect(byEmployer.status()).toBe(404);
    await otherSme.context().close();
    expect(await outcomeOf(db, ended.id)).toEqual({
      schoolAttended: null,
      schoolFeedback: null,
      employerAttended: null,
      employerFeedback: null,
      wouldHostAgain: null,
    });

    // The request's own school, before its placement has ended: no form, and a
    // post made anyway is refused.
    const upcoming = await acceptedRequest(db, sme, school, 5);
    await startSession(page, school.email);
    await page.goto(`/requests/${upcoming.id}`);
    await expect(
      page.getByText(
        "When the placement has finished, you can record who came and how it went here.",
      ),
    ).toBeVisible();
    await expect(page.getByLabel(attendedLabel.school)).toHaveCount(0);
    const early = await page.request.post(`/requests/${upcoming.id}`, {
      form: { intent: "school-outcome", attended: "2" },
      headers,
      maxRedirects: 0,
    });
    expect(early.status()).toBe(400);
    expect((await outcomeOf(db, upcoming.id)).schoolAttended).toBeNull();
  });
});

test.describe("after a placement, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both sides record the outcome; the server's error keeps what was typed", async ({
    page,
    browser,
    db,
  }) => {
    const { sme, request } = await openedBySchool(db, page, -2);
    await expectNoA11yViolations(page, "placement outcome, school, empty, no JS");
    await saveOutcome(page, "school", { attended: "2", feedback: "A good week." });
    await expectSaved(page, "You said 2 students came.");
    await expectNoA11yViolations(page, "placement outcome, school, filled, no JS");

    const smePage = await signedIn(browser, sme, false);
    await smePage.goto(`/requests/${request.id}`);
    await expectNoA11yViolations(smePage, "placement outcome, employer, empty, no JS");
    // Too many students and no answer to "host again": the server finds the
    // missing answer first, and the page comes back with everything typed.
    const employerAnswer = { attended: "3", feedback: "One student was ill." };
    await saveOutcome(smePage, "employer", employerAnswer);
    await expect(summaryOf(smePage).getByRole("link", { name: hostAgainMissing })).toBeVisible();
    await expect(summaryOf(smePage)).toBeFocused();
    await expectKept(smePage, "employer", employerAnswer);
    await expectNoA11yViolations(smePage, "placement outcome, employer, error, no JS");

    // Now the answer, but still too many students.
    await smePage.getByRole("group", { name: hostAgain }).getByLabel("No").check();
    await save(smePage);
    await expect(summaryOf(smePage).getByRole("link", { name: tooMany })).toBeVisible();
    await expect(smePage.getByRole("group", { name: hostAgain }).getByLabel("No")).toBeChecked();
    await expectKept(smePage, "employer", employerAnswer);
    expect((await outcomeOf(db, request.id)).employerAttended).toBeNull();

    await saveOutcome(smePage, "employer", { attended: "2" });
    await expectSaved(smePage, "You said 2 students came. You would not host again.");
    await expectNoA11yViolations(smePage, "placement outcome, employer, filled, no JS");
    expect(await outcomeOf(db, request.id)).toEqual({
      schoolAttended: 2,
      schoolFeedback: "A good week.",
      employerAttended: 2,
      employerFeedback: "One student was ill.",
      wouldHostAgain: false,
    });
    await smePage.context().close();
  });
});

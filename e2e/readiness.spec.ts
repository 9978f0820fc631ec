import { dimensionIds } from "../app/readiness/dimensions";
import { currentBank, questionsFor } from "../app/readiness/question-bank";
import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { answerAllSections, answerSection, uniqueSector } from "./readiness-helpers";
import { at } from "../tests/at";

const strategyQuestions = questionsFor(currentBank, "strategy");
const strategyFirst = at(strategyQuestions, 0, "strategy question");
const strategySecond = at(strategyQuestions, 1, "strategy question");

test.describe("the readiness check with JavaScript", () => {
  test("an SME completes the check and sees its results, chart, table and downloads", async ({
    page,
  }) => {
    // A long journey: on a busy 2-core machine it can pass 60 s (seen at 62 to 72 s).
    test.slow();
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    await startSession(page, sme.email);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Readiness check" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Digital readiness check" }),
    ).toBeVisible();
    await expect(page.getByText("It takes about 10 to 15 minutes.")).toBeVisible();
    await expectNoA11yViolations(page, "readiness start");
    await page.getByRole("button", { name: "Start the check" }).click();

    await expect(page.getByText("Section 1 of 6")).toBeVisible();
    await expectNoA11yViolations(page, "readiness section");
    await expectNoHorizontalScrollAt320(page);
    await answerAllSections(page, "best");
    await expectNoA11yViolations(page, "check your answers");
    await page.getByRole("button", { name: "Send answers and see results" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Your digital readiness results" }),
    ).toBeVisible();
    await expect(
      page.getByText("Your answers have been sent. Here are your results."),
    ).toBeVisible();
    await expect(page.getByText("100 out of 100", { exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: "Your scores by area, out of 100" })).toBeVisible();
    const table = page.getByRole("table", { name: "Scores by area" });
    await expect(table.getByRole("row", { name: /Cyber security 100 Leading/ })).toBeVisible();
    await expect(page.getByText("Every area is Leading.")).toBeVisible();
    await expect(page.getByText("This is your first check.")).toBeVisible();
    await expectNoA11yViolations(page, "readiness results");
    await expectNoHorizontalScrollAt320(page);

    const resultUrl = page.url();
    const csv = await page.request.get(`${resultUrl}/download.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(
      /attachment; filename="skillsbridge-readiness-check-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const csvText = await csv.text();
    expect(csvText).toContain("Overall,,,,100,Leading");
    expect(csvText).toContain(`Question bank version,${currentBank.version}`);
    const json = await page.request.get(`${resultUrl}/download.json`);
    expect(json.headers()["content-type"]).toContain("application/json");
    const body = await json.json();
    expect(body.overall).toEqual({ score: 100, band: "Leading" });
    expect(body.answers).toHaveLength(currentBank.questions.length);

    // The home page shows the latest result.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Home" })
      .click();
    const card = page.getByRole("region", { name: "Your digital readiness" });
    await expect(card.getByText("100 out of 100", { exact: true })).toBeVisible();
    await card.getByRole("link", { name: "See your results" }).click();
    await expect(page).toHaveURL(resultUrl);

    // Print: menus and buttons go; the chart and its table stay.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Take the check again" })).toBeHidden();
    await expect(page.getByRole("img", { name: "Your scores by area, out of 100" })).toBeVisible();
    await expect(table).toBeVisible();
  });

  test("a missing answer shows the error summary and keeps the other answers", async ({ page }) => {
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    await startSession(page, sme.email);
    await page.goto("/readiness");
    await page.getByRole("button", { name: "Start the check" }).click();
    await answerSection(page, "strategy", "best", [strategySecond.id]);
    await page.getByRole("button", { name: "Save and continue" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", {
        name: /Select an answer for: Is one person in charge of digital jobs/,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("group", { name: strategyFirst.text }).getByLabel("Fully part of how we work"),
    ).toBeChecked();
    await expectNoA11yViolations(page, "readiness section with an error");
  });

  test("changing an answer from 'Check your answers' goes back there after saving", async ({
    page,
    db,
  }) => {
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    await startSession(page, sme.email);
    await page.goto("/readiness");
    await page.getByRole("button", { name: "Start the check" }).click();
    await answerAllSections(page, "best");
    // With the best answers everywhere, "Partly" is nowhere until it is chosen.
    await expect(page.getByText("Partly", { exact: true })).toHaveCount(0);
    await page.getByRole("link", { name: `Change ${strategySecond.text}` }).click();
    await expect(page.getByText("Section 1 of 6")).toBeVisible();
    await expect(
      page.getByRole("group", { name: strategySecond.text }).getByLabel("Yes", { exact: true }),
    ).toBeChecked();
    await page
      .getByRole("group", { name: strategySecond.text })
      .getByLabel("Partly", { exact: true })
      .check();
    await page.getByRole("button", { name: "Save and go back to your answers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await expect(page.getByText("Partly", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Send answers and see results" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Your digital readiness results" }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: "Scores by area" })
        .getByRole("row", { name: /Digital strategy and leadership/ }),
    ).not.toContainText("100");
    const check = await db.readinessCheck.findFirstOrThrow({
      where: { organisationId: sme.organisationId },
      select: { answers: true, status: true },
    });
    expect(check.status).toBe("submitted");
    expect(JSON.parse(check.answers)[strategySecond.id]).toBe("partly");
  });
});

test.describe("the readiness check without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an SME completes the check, with an error on the way", async ({ page }) => {
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    await startSession(page, sme.email);
    await page.goto("/readiness");
    await page.getByRole("button", { name: "Start the check" }).click();

    // One answer missing: the server shows the summary and keeps every other answer.
    await answerSection(page, "strategy", "worst", [strategyFirst.id]);
    await page.getByRole("button", { name: "Save and continue" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(
      summary.getByRole("link", { name: /Select an answer for: Do you have a plan/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("group", { name: strategySecond.text }).getByLabel("No", { exact: true }),
    ).toBeChecked();
    await expectNoA11yViolations(page, "readiness section error, no JavaScript");
    await page.getByRole("group", { name: strategyFirst.text }).getByLabel("Not used").check();
    await page.getByRole("button", { name: "Save and continue" }).click();

    await answerAllSections(page, "worst", 1);
    await page.getByRole("button", { name: "Send answers and see results" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Your digital readiness results" }),
    ).toBeVisible();
    await expect(page.getByText("0 out of 100", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What to work on first" })).toBeVisible();
    await expect(
      page.getByRole("heading", {
        level: 3,
        name: /Digital strategy and leadership: 0 out of 100/,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", {
        name: "Find a mentor who helps with digital strategy and leadership",
      }),
    ).toHaveAttribute("href", "/mentors?dimension=strategy");
    await expect(
      page.getByRole("link", { name: "Post an apprenticeship to build these skills in your team" }),
    ).toBeVisible();
    await expectNoA11yViolations(page, "readiness results, no JavaScript");
  });

  test("a colleague answers their own copy after the first person signs out, and a sent check cannot change", async ({
    page,
    db,
  }) => {
    const first = await createUser("sme", { organisation: { sector: uniqueSector() } });
    const colleague = await createUser("sme", { organisationId: first.organisationId });
    await startSession(page, first.email);
    await page.goto("/readiness");
    await page.getByRole("button", { name: "Start the check" }).click();
    await answerSection(page, "strategy", "best");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await answerSection(page, "readiness", "best");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByText("Section 3 of 6")).toBeVisible();
    // Sign-out must finish first: /sign-in sends a signed-in visitor home.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();

    await startSession(page, colleague.email);
    await expect(page.getByText("You have a readiness check in progress.")).toBeVisible();
    await page.goto("/readiness");
    // Each person answers for themselves (decision 045): the colleague starts their own copy.
    await expect(page.getByText(`${first.name} started a check for your business.`)).toBeVisible();
    await page.getByRole("link", { name: "Start your answers" }).click();
    await expect(page.getByText("Section 1 of 6")).toBeVisible();
    await answerAllSections(page, "best");

    // Someone else sends the check while this page is open: the old page's answers are refused.
    await page.getByRole("link", { name: `Change ${strategySecond.text}` }).click();
    await page
      .getByRole("group", { name: strategySecond.text })
      .getByLabel("No", { exact: true })
      .check();
    const check = await db.readinessCheck.findFirstOrThrow({
      where: { organisationId: first.organisationId },
      select: { id: true },
    });
    await db.readinessCheck.update({ where: { id: check.id }, data: { status: "submitted" } });
    await page.getByRole("button", { name: "Save and go back to your answers" }).click();
    await expect(
      page.getByText("Those answers were not saved because that check has already been sent."),
    ).toBeVisible();
    const stored = await db.readinessCheck.findUniqueOrThrow({
      where: { id: check.id },
      select: { answers: true },
    });
    expect(JSON.parse(stored.answers)[strategySecond.id]).toBe("yes");
    await page.goto(`/readiness/section/${dimensionIds[0]}`);
    await expect(page).toHaveURL(/\/readiness$/);
  });
});

// Issue 17, "several people in one firm": two colleagues each answer their own
// copy of the check; the starter asks the other (a notice and an email) and
// sends the check; the result says how many answered and where they differ.
import { currentBank, questionsFor } from "../app/readiness/question-bank";
import { pdfText } from "../tests/pdf-text";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { waitForEmail } from "./mail";
import { answerAllSections, uniqueSector } from "./readiness-helpers";

const firstQuestion = questionsFor(currentBank, "strategy")[0]!;

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(`two people in one firm ${how}`, () => {
    test.use({ javaScriptEnabled });

    test("each answers their own copy; the result combines them and shows where they differ", async ({
      page,
      browser,
    }) => {
      // Two people answer all six sections on a busy machine.
      test.slow();
      const starter = await createUser("sme", { organisation: { sector: uniqueSector() } });
      const colleague = await createUser("sme", {
        organisationId: starter.organisationId,
        name: `Colleague ${starter.name.slice(-5)}`,
      });

      await startSession(page, starter.email);
      await page.goto("/readiness");
      await page.getByRole("button", { name: "Start the check" }).click();
      await answerAllSections(page, "best");

      // Ask: nobody chosen is an error that names the field.
      const ask = page.getByRole("region", { name: "Ask colleagues to answer too" });
      await expect(ask.getByRole("cell", { name: "Not asked" })).toBeVisible();
      await expectNoA11yViolations(page, `ask colleagues, empty, ${how}`);
      await ask.getByRole("button", { name: "Ask them to answer" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary.getByRole("link")).toHaveText("Choose at least one colleague to ask");
      await expectNoA11yViolations(page, `ask colleagues, error, ${how}`);
      await page
        .getByRole("group", { name: "Who should answer?" })
        .getByLabel(colleague.name)
        .check();
      await page.getByRole("button", { name: "Ask them to answer" }).click();
      await expect(page.getByText(`We have asked ${colleague.name} to answer.`)).toBeVisible();
      await expect(ask.getByRole("cell", { name: "Asked, not started" })).toBeVisible();
      await expectNoA11yViolations(page, `ask colleagues, asked, ${how}`);

      // The colleague is told in the app and by email, and answers their own copy.
      const email = await waitForEmail(colleague.email, "digital readiness check");
      expect(email.text).toContain(`${starter.name} asks you to answer`);
      const theirs = await signedIn(browser, colleague, javaScriptEnabled);
      await theirs.goto("/notifications");
      await expect(theirs.getByText(`${starter.name} asks you to answer`)).toBeVisible();
      await theirs.goto("/readiness");
      await expect(
        theirs.getByText(`${starter.name} started a check for your business.`),
      ).toBeVisible();
      await expectNoA11yViolations(theirs, `colleague's start page, ${how}`);
      await theirs.getByRole("link", { name: "Start your answers" }).click();
      // Their own copy: none of the starter's answers show.
      await expect(
        theirs
          .getByRole("group", { name: firstQuestion.text })
          .getByRole(firstQuestion.style === "multi" ? "checkbox" : "radio", { checked: true }),
      ).toHaveCount(0);
      await answerAllSections(theirs, "worst");
      await expect(theirs.getByText("These are your own answers.")).toBeVisible();
      await expectNoA11yViolations(theirs, `colleague's check answers, ${how}`);
      await theirs.getByRole("button", { name: "Send my answers" }).click();
      await expect(
        theirs.getByText("Your answers have been sent. They count when the check is sent"),
      ).toBeVisible();
      await theirs.context().close();

      // The starter sees them finished, and sends the check for both.
      await page.reload();
      await expect(ask.getByRole("cell", { name: "Finished" })).toBeVisible();
      await page.getByRole("button", { name: "Send answers and see results" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Your digital readiness results" }),
      ).toBeVisible();
      await expect(page.getByRole("heading", { name: "2 people answered" })).toBeVisible();
      const views = page.getByRole("table", { name: "Where people see things differently" });
      // Best against worst: 0 and 100 in every area, each seen differently.
      await expect(views.getByRole("row")).toHaveCount(7);
      await expect(views.getByRole("cell", { name: "Yes" })).toHaveCount(6);
      await expectNoA11yViolations(page, `results of two people, ${how}`);

      // The PDF says so too.
      const id = page.url().split("/").pop()!;
      const pdf = await page.request.get(`/readiness/results/${id}/download.pdf`);
      const text = pdfText(await pdf.body()).replace(/\s+/g, " ");
      expect(text).toContain("2 people answered");
      expect(text).toContain("Where people see things differently");
    });
  });
}

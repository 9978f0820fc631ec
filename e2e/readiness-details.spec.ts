// Issue 17, "wrong today": the details of the readiness check and its results
// that people hit on a real phone, with JavaScript on and off.
import type { Page } from "@playwright/test";
import { dimensionInSentence } from "../app/readiness/dimensions";
import { currentBank, questionsFor } from "../app/readiness/question-bank";
import { at } from "../tests/at";
import { pdfText } from "../tests/pdf-text";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { allAnswers, answerSection, seedSubmittedCheck, uniqueSector } from "./readiness-helpers";

const strategy = questionsFor(currentBank, "strategy");
const skipped = at(strategy, 2, "strategy question");
const readinessQuestions = questionsFor(currentBank, "readiness");

async function startCheck(page: Page) {
  const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
  await startSession(page, sme.email);
  await page.goto("/readiness");
  await page.getByRole("button", { name: "Start the check" }).click();
  await expect(page.getByText("Section 1 of 6")).toBeVisible();
  return sme;
}

const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(`a readiness section ${how}`, () => {
    test.use({ javaScriptEnabled });

    test("answer 4 of 5, press Save: the error shows and the 4 answers are saved", async ({
      page,
      db,
    }) => {
      const sme = await startCheck(page);
      await answerSection(page, "strategy", "best", [skipped.id]);
      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = summaryOf(page);
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link")).toHaveCount(1);
      await expect(summary.getByRole("link")).toHaveText(
        `Select an answer for: ${skipped.text.replace(/\?+$/, "")}`,
      );
      await expect(page.getByText("Section 1 of 6")).toBeVisible();
      // Saved on the server, not just kept on the page: leave and come back.
      const saved = await db.readinessCheck.findFirstOrThrow({
        where: { organisationId: sme.organisationId, status: "in-progress" },
        select: { answers: true },
      });
      const answers = JSON.parse(saved.answers) as Record<string, unknown>;
      expect(Object.keys(answers).sort()).toEqual(
        strategy
          .filter((q) => q.id !== skipped.id)
          .map((q) => q.id)
          .sort(),
      );
      await page.goto("/");
      await page.goto("/readiness/section/strategy");
      for (const question of strategy.filter((q) => q.id !== skipped.id)) {
        await expect(
          page
            .getByRole("group", { name: question.text })
            .getByRole(question.style === "multi" ? "checkbox" : "radio", { checked: true }),
        ).not.toHaveCount(0);
      }
      await expect(
        page.getByRole("group", { name: skipped.text }).getByRole("radio", { checked: true }),
      ).toHaveCount(0);
    });

    test("an empty section names every question once; the 'saved' flash from the page before goes", async ({
      page,
    }) => {
      await startCheck(page);
      await answerSection(page, "strategy", "best");
      await page.getByRole("button", { name: "Save and continue" }).click();
      await expect(page.getByText("Section 2 of 6")).toBeVisible();
      const flash = page.getByText(
        `Your answers about ${dimensionInSentence("strategy")} are saved.`,
      );
      await expect(flash).toBeVisible();
      // The flash is for the screen only: the printout leaves it out.
      await page.emulateMedia({ media: "print" });
      await expect(flash).toBeHidden();
      await page.emulateMedia({ media: "screen" });

      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = summaryOf(page);
      await expect(summary.getByRole("link")).toHaveCount(readinessQuestions.length);
      const messages = await summary.getByRole("link").allTextContents();
      expect(new Set(messages).size).toBe(messages.length);
      for (const question of readinessQuestions)
        expect(messages.some((m) => m.endsWith(question.text.replace(/\?+$/, "")))).toBe(true);
      await expect(flash).toHaveCount(0);
      await expectNoA11yViolations(page, `empty readiness section ${how}`);
    });
  });
}

test.describe("results on a 375px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the peer and before/after tables read as stacked rows, nothing cut off or scrolling sideways", async ({
    page,
    db,
  }) => {
    const sector = uniqueSector();
    for (let i = 0; i < 5; i++) {
      const peer = await createUser("sme", { organisation: { sector } });
      await seedSubmittedCheck(db, peer.organisationId, { overall: 40 + i * 5 });
    }
    const sme = await createUser("sme", { organisation: { sector } });
    await seedSubmittedCheck(db, sme.organisationId, {
      answers: allAnswers("worst"),
      submittedAt: new Date(Date.now() - 90 * 86_400_000),
    });
    const latest = await seedSubmittedCheck(db, sme.organisationId, {
      answers: allAnswers("best"),
    });
    await startSession(page, sme.email);
    await page.goto(`/readiness/results/${latest.id}`);
    for (const name of ["Your overall score compared with other firms", /^Scores on .* and .*$/]) {
      const table = page.getByRole("table", { name });
      await expect(table).toBeVisible();
      const fits = await table.evaluate((element) => {
        const box = element.closest(".table-wrapper") as HTMLElement;
        const cells = [...element.querySelectorAll("tbody td, tbody th")] as HTMLElement[];
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          clipped: cells.filter((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5)
            .length,
        };
      });
      expect(fits, `table ${String(name)}`).toEqual({ scrolls: false, clipped: 0 });
    }
    // Each value reads after its column's name.
    await expect(
      page
        .getByRole("table", { name: "Your overall score compared with other firms" })
        .locator("td[data-label='Your score']")
        .first(),
    ).toBeVisible();
    // Each area against the same area's middle score in each group of 5 or more.
    const cyber = page
      .getByRole("table", { name: "Your score in each area and the middle score of other firms" })
      .locator("tbody tr")
      .filter({ hasText: "Cyber security" });
    await expect(cyber.locator("td[data-label='Your score']")).toHaveText("100");
    await expect(cyber.locator("td[data-label='Same sector']")).toHaveText("0");
    await expect(cyber.locator("td[data-label='Same sector and size']")).toHaveText("0");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, "results at 375px");
    // Downloads say what they are for.
    await expect(
      page.getByRole("link", {
        name: "Download your scores to open in a spreadsheet, such as Excel (CSV file)",
      }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: /as data \(JSON\)/ })).toHaveCount(0);
  });
});

test.describe("the PDF report", () => {
  test.use({ javaScriptEnabled: false });

  test("the results page links to a PDF of the result; only its own firm can get it", async ({
    page,
    browser,
    db,
  }) => {
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    const check = await seedSubmittedCheck(db, sme.organisationId, { answers: allAnswers("best") });
    await startSession(page, sme.email);
    await page.goto(`/readiness/results/${check.id}`);
    const link = page.getByRole("link", {
      name: "Download a report of these results to print or share (PDF file)",
    });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(
      /attachment; filename="skillsbridge-readiness-check-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const text = pdfText(await response.body()).replace(/\s+/g, " ");
    expect(text).toContain(`Digital readiness results: ${sme.organisationName}`);
    expect(text).toContain("100 out of 100: Leading.");
    expect(text).toContain("Every area is Leading.");
    expect(text).toContain("Your overall score compared with other firms");
    expect(text).toContain("Your answers");
    expect(text).toContain(at(strategy, 0, "strategy question").text);

    const other = await createUser("sme");
    const otherPage = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const stranger = await otherPage.newPage();
    await startSession(stranger, other.email);
    expect(
      (await stranger.request.get(`/readiness/results/${check.id}/download.pdf`)).status(),
    ).toBe(404);
    await otherPage.close();
  });
});

import { expectNoA11yViolations } from "./a11y";
import { fillDate } from "./date-input";
import { createUser, expect, startSession, test } from "./fixtures";
import { day, fillVacancy, openSection, startVacancy } from "./vacancy";

// Issue 19: the vacancy's dates are typed into the GOV.UK date input, and a
// task-list page saved part-way ("Save and come back later") is found again
// from the list of drafts; JavaScript on and off.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`vacancy dates, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a date that is not real is named, and what was typed is kept; a part-way save is there to come back to", async ({
      page,
    }) => {
      const sme = await createUser("sme");
      await startSession(page, sme.email);
      await startVacancy(page);
      await expectNoA11yViolations(page, "vacancy, empty task list");
      const title = `Dates apprentice ${javaScriptEnabled ? "js" : "nojs"}`;
      await openSection(page, "About the job");
      await page.getByLabel("Title").fill(title);
      await page.getByRole("button", { name: "Save and come back later" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your vacancy" })).toBeVisible();

      await openSection(page, "Dates and place");
      const closing = page.getByRole("group", { name: "Closing date", exact: true });
      await closing.getByLabel("Day").fill("31");
      await closing.getByLabel("Month").fill("2");
      await closing.getByLabel("Year").fill("2027");
      await fillDate(page, "Start date", day(60));
      await page.getByLabel("Postcode").fill("B1 1AA");
      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      const link = summary.getByRole("link", { name: "Closing date must be a real date" });
      await expect(link).toBeVisible();
      await expect(closing.getByLabel("Day")).toHaveValue("31");
      await expect(closing.getByLabel("Month")).toHaveValue("2");
      await expect(closing.getByLabel("Year")).toHaveValue("2027");
      await expect(page.getByLabel("Postcode")).toHaveValue("B1 1AA");
      await expect(
        page.getByRole("group", { name: "Start date", exact: true }).getByLabel("Year"),
      ).toHaveValue(day(60).slice(0, 4));
      await expectNoA11yViolations(page, "vacancy dates, not a real date");
      await link.click();
      await expect(closing.getByLabel("Day")).toBeFocused();

      // Save it unfinished, leave, and come back from the list of drafts.
      await page.getByRole("button", { name: "Save and come back later" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your vacancy" })).toBeVisible();
      await page.goto("/");
      await page.goto("/postings/apprenticeships/new");
      await page.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Your vacancy" })).toBeVisible();
      await openSection(page, "Dates and place");
      await expect(closing.getByLabel("Day")).toHaveValue("31");
      await expect(closing.getByLabel("Month")).toHaveValue("2");
      await expect(page.getByLabel("Postcode")).toHaveValue("B1 1AA");
      await page.getByRole("link", { name: "Back to your vacancy" }).click();
      await openSection(page, "About the job");
      await expect(page.getByLabel("Title")).toHaveValue(title);
    });
  });
}

test("axe: the filled check-your-answers page and the preview", async ({ page }) => {
  const sme = await createUser("sme");
  await startSession(page, sme.email);
  await startVacancy(page);
  await fillVacancy(page, { title: "Axe apprentice" });
  await expectNoA11yViolations(page, "vacancy, check your answers filled");
  await page.getByRole("link", { name: "Preview the page people will see" }).click();
  await expect(page.getByText("Axe apprentice").first()).toBeVisible();
  await expectNoA11yViolations(page, "vacancy, preview");
});

import { fillVacancy, openSection, startVacancy } from "./vacancy";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { seedCheck } from "./mentoring-helpers";

// Issue 17: workforce gaps lead to real apprenticeships. The standards are data
// (the ApprenticeshipStandard table); each links to a new vacancy with the
// standard, level, route and usual length filled in; the form suggests the list
// and still takes any other standard.

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a weak workforce score lists standards; one opens a vacancy with it filled in, which saves", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      const check = await seedCheck(sme.organisationId, { workforce: 20 });
      await startSession(page, sme.email);
      await page.goto(`/readiness/results/${check.id}`);
      const workforce = page.getByRole("region", { name: /Workforce digital skills/ });
      await expect(
        workforce.getByText("Digital support technician, level 3, usually about 15 months."),
      ).toBeVisible();
      await workforce
        .getByRole("listitem")
        .filter({ hasText: "Data technician, level 3" })
        .getByRole("link", { name: /Post this apprenticeship/ })
        .click();

      await expect(
        page.getByRole("heading", { level: 1, name: "Post an apprenticeship" }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Start a new vacancy" }).click();
      // The standard's own section is part filled: the provider is still to give.
      await expect(
        page.getByRole("listitem").filter({ hasText: "Training" }).getByText("In progress"),
      ).toBeVisible();
      await openSection(page, "Training");
      await expect(page.getByLabel("Apprenticeship standard")).toHaveValue("Data technician");
      await expect(page.getByLabel("Level", { exact: true })).toHaveValue("3");
      await expect(page.getByLabel("Route")).toHaveValue("digital");
      await expectNoA11yViolations(page, "new vacancy from a standard");
      await page.getByRole("link", { name: /Back to your vacancy/ }).click();
      await openSection(page, "Hours and pay");
      await expect(page.getByLabel("How many months it lasts")).toHaveValue("24");
      await page.getByRole("link", { name: /Back to your vacancy/ }).click();

      const title = `Data apprentice ${Date.now()}`;
      await fillVacancy(page, { title, training: false });
      await page.getByRole("button", { name: "Send for checking" }).click();
      await expect(page.getByText("sent to the partnership team to check")).toBeVisible();
      expect(
        await db.apprenticeship.findFirst({
          where: { organisationId: sme.organisationId, title },
          select: { standard: true, level: true, durationMonths: true },
        }),
      ).toEqual({ standard: "Data technician", level: 3, durationMonths: 18 });
    });

    test("the vacancy form suggests the national list and takes any other standard", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      await startSession(page, sme.email);
      await startVacancy(page);
      await openSection(page, "Training");
      const standard = page.getByLabel("Apprenticeship standard");
      await expect(standard).toHaveValue("");
      await expect(standard).toHaveAttribute("list", "apprenticeship-standards");
      await expect(page.locator("datalist#apprenticeship-standards option")).toHaveText([
        "Level 3",
        "Level 3",
        "Level 3",
        "Level 3",
        "Level 3",
      ]);
      expect(
        await page
          .locator("datalist#apprenticeship-standards option")
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      ).toContain("Business administrator");
      // An unknown reference in the link fills in nothing.
      await page.goto("/postings/apprenticeships/new?standard=ST9999");
      await page.getByRole("button", { name: "Start a new vacancy" }).click();
      await expect(
        page.getByRole("listitem").filter({ hasText: "Training" }).getByText("Not started"),
      ).toBeVisible();
      await openSection(page, "Training");

      // Any other standard: the box keeps what was typed through an error, and
      // only this section's own problems are named.
      await standard.fill("Software developer");
      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link")).toHaveCount(3);
      await expect(standard).toHaveValue("Software developer");
      await expectNoA11yViolations(page, "new vacancy, another standard, errors");
      expect(await db.apprenticeship.count({ where: { organisationId: sme.organisationId } })).toBe(
        0,
      );
    });
  });
}

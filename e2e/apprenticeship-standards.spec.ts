import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { seedCheck } from "./mentoring-helpers";

// Issue 17: workforce gaps lead to real apprenticeships. The standards are data
// (the ApprenticeshipStandard table); each links to a new vacancy with the
// standard, level, route and usual length filled in; the form suggests the list
// and still takes any other standard.

/** "YYYY-MM-DD", `days` from today. */
function day(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

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
      await expect(page.getByLabel("Apprenticeship standard")).toHaveValue("Data technician");
      await expect(page.getByLabel("Level", { exact: true })).toHaveValue("3");
      await expect(page.getByLabel("Route")).toHaveValue("digital");
      await expect(page.getByLabel("How many months it lasts")).toHaveValue("24");
      await expectNoA11yViolations(page, "new vacancy from a standard");

      const title = `Data apprentice ${Date.now()}`;
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Short description").fill("Keep our customer records tidy.");
      await page.getByLabel("Full description").fill("You will collect and check data.");
      await page.getByLabel("Number of positions").fill("1");
      await page.getByLabel("Training provider").fill("Midlands Training Ltd");
      await page.getByLabel("Hours a week").fill("30");
      await page.getByLabel("Apprentice minimum wage").check();
      await page.getByLabel("Closing date").fill(day(20));
      await page.getByLabel("Start date").fill(day(60));
      await page.getByLabel("Postcode").fill("B1 1AA");
      await page.getByLabel("Local authority").selectOption("birmingham");
      await page.getByLabel("Skills you are looking for").fill("Care with details");
      await page.getByLabel("On SkillsBridge").check();
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByText("saved as a draft")).toBeVisible();
      expect(
        await db.apprenticeship.findFirst({
          where: { organisationId: sme.organisationId, title },
          select: { standard: true, level: true, durationMonths: true },
        }),
      ).toEqual({ standard: "Data technician", level: 3, durationMonths: 24 });
    });

    test("the vacancy form suggests the national list and takes any other standard", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      await startSession(page, sme.email);
      await page.goto("/postings/apprenticeships/new");
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
      // An unknown reference in the link leaves the form blank.
      await page.goto("/postings/apprenticeships/new?standard=ST9999");
      await expect(standard).toHaveValue("");

      // Any other standard: the box keeps what was typed through an error.
      await standard.fill("Software developer");
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
      await expect(standard).toHaveValue("Software developer");
      await expectNoA11yViolations(page, "new vacancy, another standard, errors");
      expect(await db.apprenticeship.count({ where: { organisationId: sme.organisationId } })).toBe(
        0,
      );
    });
  });
}

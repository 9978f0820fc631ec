import AxeBuilder from "@axe-core/playwright";
import { expectNoA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

// Issue 19: the insight page says the truth, and fits a desktop. The trends
// chart drew only the empty months; hidden cells read "fewer than 5" over three
// lines and pushed "Hidden middle" out of sight at 1280 px; each block was a
// region named like its table's own region (axe landmark-unique).

test.describe("regional insight at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("charts name their measure and draw every group, with a key to the tables' marks", async ({
    page,
    signInShared,
  }) => {
    await signInShared(page, "staff");
    await page.goto("/staff/insights");
    await expect(page.getByRole("heading", { level: 1, name: "Regional insight" })).toBeVisible();

    // The key explains the short marks the tables use.
    await expect(page.getByRole("term").filter({ hasText: "[c]" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "fewer than 5" })).toBeVisible();

    // The trends chart: a visible caption names the measure, and its
    // description reads every month of the table, hidden ones included.
    await expect(
      page.getByRole("figure", { name: "Checks completed (number), by month" }),
    ).toBeVisible();
    const months = page.getByRole("table", { name: "Month by month" });
    const labels = (await months.locator("tbody tr th, tbody tr td:first-child").allTextContents())
      .map((t) => t.trim())
      .filter((t) => t && t !== "Total");
    expect(labels.length).toBeGreaterThan(0);
    const chart = page.getByRole("img", { name: /^Checks completed \(number\), by month/ });
    const description = await chart.evaluate((svg) => svg.querySelector("desc")?.textContent ?? "");
    for (const month of labels) expect(description).toContain(`${month}:`);
    // No cell of any table spells the hidden groups out any more.
    await expect(page.locator("table").getByText("fewer than 5")).toHaveCount(0);

    // Standalone links are at least 24 px tall.
    const clear = await page.getByRole("link", { name: "Clear filters" }).boundingBox();
    expect(clear!.height).toBeGreaterThanOrEqual(24);

    // landmark-unique is a best-practice rule, outside the WCAG tags the helper runs.
    const unique = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
    expect(unique.violations.map((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
    await expectNoA11yViolations(page, "insight with key and charts");
  });
});

test("the sign-in page's forgotten-password link is at least 24 px tall", async ({ page }) => {
  await page.goto("/sign-in");
  const link = await page.getByRole("link", { name: "I have forgotten my password" }).boundingBox();
  expect(link!.height).toBeGreaterThanOrEqual(24);
});

import { expectNoA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

// Issue 11: on a phone the search filters came before the results (they started
// about 1,270 px down). Now the count and the results come first, and the
// filters wait behind a "Filter" disclosure that works without JavaScript.

const PHONE = { width: 375, height: 812 };

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test.describe(`search on a phone ${how}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test("the count comes first, the filters wait behind Filter, and they still search", async ({
      page,
      signInShared,
    }) => {
      await signInShared(page, "school");
      await page.goto("/placements?la=birmingham");
      const count = page.getByRole("heading", { name: /placements? found/ });
      const toggle = page.locator("summary", { hasText: "Filter" });
      await expect(count).toBeVisible();
      // One filter is chosen (the area), and the button says so.
      await expect(toggle).toHaveText("Filter (1 chosen)");
      const sector = page.getByLabel("Sector", { exact: true });
      await expect(sector).toBeHidden();
      // The count is on the first screen, above the Filter button.
      const countBox = (await count.boundingBox())!;
      expect(countBox.y).toBeLessThan(PHONE.height / 2);
      expect(countBox.y).toBeLessThan((await toggle.boundingBox())!.y);
      await expectNoA11yViolations(page, "placement search on a phone, filters closed");

      await toggle.click();
      await expect(sector).toBeVisible();
      await expectNoA11yViolations(page, "placement search on a phone, filters open");
      await sector.selectOption({ index: 1 });
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/sector=/);
      await expect(page.locator("summary", { hasText: "Filter" })).toHaveText("Filter (2 chosen)");
    });

    test("a filter we cannot read opens the filters with its message", async ({ page }) => {
      const response = await page.goto("/apprenticeships?wage=gold");
      expect(response!.status()).toBe(400);
      await expect(page.getByText("We do not know that kind of wage.").first()).toBeVisible();
      await expect(page.getByLabel("Keywords", { exact: true })).toBeVisible();
      await expectNoA11yViolations(page, "apprenticeship search on a phone, unknown filter");
    });
  });
}

test("on a desktop the filters sit beside the results, with no Filter button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/apprenticeships");
  await expect(page.locator("summary", { hasText: "Filter" })).toBeHidden();
  const keywords = page.getByLabel("Keywords", { exact: true });
  await expect(keywords).toBeVisible();
  const count = page.getByRole("heading", { name: /apprenticeships? found/ });
  // Side by side: the filters to the left of the count, at about the same height.
  expect((await keywords.boundingBox())!.x).toBeLessThan((await count.boundingBox())!.x);
  await expectNoA11yViolations(page, "apprenticeship search on a desktop");
});

import { expectNoA11yViolations } from "./a11y";
import { expect, test } from "./fixtures";

// Several apprenticeship levels at once: tick boxes, kept in the URL, without JavaScript.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("two levels ticked are both in the URL and stay ticked", async ({ page }) => {
    await page.goto("/apprenticeships");
    const levels = page.getByRole("group", { name: "Level" });
    await levels.getByLabel("Level 2").check();
    await levels.getByLabel("Level 6").check();
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/level=2&level=6/);
    await expect(levels.getByLabel("Level 2")).toBeChecked();
    await expect(levels.getByLabel("Level 6")).toBeChecked();
    await expect(levels.getByLabel("Level 3")).not.toBeChecked();
    await expectNoA11yViolations(page, "apprenticeships, two levels");
  });
});

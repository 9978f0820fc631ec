import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";

// Issue 19, "pages that say the truth": a title says what happened. Error
// pages carried the failing page's own title ("Apprenticeship" over "Page not
// found"), the 404 page had two <title>s, and a form with errors kept its
// plain title.

async function titles(page: Page) {
  return page.locator("head title").allTextContents();
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test.describe(`titles ${how}`, () => {
    test.use({ javaScriptEnabled });

    test("an address that is not a page: one title, and it says Page not found", async ({
      page,
    }) => {
      const response = await page.goto("/no-such-page-here");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      expect(await titles(page)).toEqual(["Page not found - SkillsBridge"]);
      await expectNoA11yViolations(page, `404 ${how}`);
    });

    test("a page whose record is missing names the error, not the page", async ({ page }) => {
      const response = await page.goto("/apprenticeships/not-a-real-id");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      expect(await titles(page)).toEqual(["Page not found - SkillsBridge"]);
    });

    test("a page the person may not see says so in its title", async ({ page }) => {
      await startSession(page, (await createUser("sme")).email);
      const response = await page.goto("/placements");
      expect(response?.status()).toBe(403);
      await expect(
        page.getByRole("heading", { level: 1, name: "You cannot see this page" }),
      ).toBeVisible();
      expect(await titles(page)).toEqual(["You cannot see this page - SkillsBridge"]);
      await expectNoA11yViolations(page, `403 ${how}`);
    });

    test("a form with errors starts its title with Error:", async ({ page }) => {
      await page.goto("/sign-in");
      expect(await titles(page)).toEqual(["Sign in - SkillsBridge"]);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
      await expect(page).toHaveTitle("Error: Sign in - SkillsBridge");
      expect(await page.locator("title").count()).toBe(1);
      await expectNoA11yViolations(page, `sign-in errors ${how}`);
    });
  });
}

test("every public page has one description of its own or the site's", async ({ page }) => {
  const publicPages = [
    "/",
    "/apprenticeships",
    "/sign-in",
    "/create-account",
    "/forgot-password",
    "/accessibility",
    "/privacy",
    "/cookies",
    "/applications",
  ];
  for (const path of publicPages) {
    await page.goto(path);
    const descriptions = page.locator('head meta[name="description"]');
    await expect(descriptions, `description on ${path}`).toHaveCount(1);
    const content = (await descriptions.getAttribute("content")) ?? "";
    expect(content.length, `description on ${path}`).toBeGreaterThan(40);
    // Search results cut a description at about 155 characters.
    expect(content.length, `description on ${path}`).toBeLessThanOrEqual(160);
  }
});

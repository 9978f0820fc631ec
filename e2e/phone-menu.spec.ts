import type { Page } from "@playwright/test";
import type { Role } from "../app/auth/roles";
import { accountNavigationFor, navigationFor } from "../app/components/navigation";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";

// Issue 19: on a phone the first screen was mostly menu (the SME menu took 285
// of 812 px). The menu now waits behind a "Menu" button that works without
// JavaScript, and each page's own content starts in the first quarter of a
// 375 x 812 screen. On a desktop the menu is one row.

const PHONE = { width: 375, height: 812 };
const FIRST_QUARTER = PHONE.height / 4;

const menu = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Where the page's own content starts: the top of its first heading. */
async function contentTop(page: Page) {
  const h1 = page.locator("main h1").first();
  await expect(h1).toBeVisible();
  return (await h1.boundingBox())!.y;
}

/** The page a menu link opens has a title and heading that match the link's words. */
async function expectLinkMatchesPage(page: Page, label: string) {
  const h1 = (await page.locator("main h1").first().innerText()).toLowerCase();
  const title = (await page.title()).toLowerCase();
  expect(
    h1.includes(label.toLowerCase()) || title.includes(label.toLowerCase()),
    `"${label}" leads to a page headed "${h1}" (title "${title}")`,
  ).toBe(true);
}

const roles: (Role | null)[] = [null, "sme", "school", "board", "staff"];

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test.describe(`the menu on a 375 x 812 phone ${how}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    for (const role of roles) {
      test(`${role ?? "signed-out"} pages start on the first screen; the Menu button opens and follows every link`, async ({
        page,
      }) => {
        test.slow();
        if (role) await startSession(page, (await createUser(role)).email);
        const links = navigationFor(role);
        const toggle = menu(page).getByText("Menu", { exact: true });
        for (const [index, link] of links.entries()) {
          await page.goto(link.to);
          await expect(toggle).toBeVisible();
          // Closed: no link of the menu on screen, the content near the top.
          await expect(menu(page).getByRole("link", { name: link.label })).toBeHidden();
          expect(await contentTop(page), `content top on ${link.to}`).toBeLessThanOrEqual(
            FIRST_QUARTER,
          );
          // "Home" opens each person's own home page, whatever its heading.
          if (link.to !== "/") await expectLinkMatchesPage(page, link.label);
          if (index === 0) await expectNoA11yViolations(page, `menu closed ${how}`);

          // Open: every link (and Sign out) is there, one a line; it leads on.
          await toggle.click();
          for (const each of [...links, ...accountNavigationFor(role)]) {
            await expect(
              menu(page).getByRole("link", { name: each.label, exact: true }),
            ).toBeVisible();
          }
          if (role)
            await expect(menu(page).getByRole("button", { name: "Sign out" })).toBeVisible();
          if (index === 0) await expectNoA11yViolations(page, `menu open ${how}`);
          const next = links[(index + 1) % links.length]!;
          await menu(page).getByRole("link", { name: next.label, exact: true }).click();
          await expect(page).toHaveURL((url) => url.pathname === next.to);
          // A new page starts with the menu closed again (with JavaScript, no new document is loaded).
          await expect(
            menu(page).getByRole("link", { name: next.label, exact: true }),
          ).toBeHidden();
        }
      });
    }
  });
}

test.describe("the menu on a 1280 px desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const role of roles) {
    test(`${role ?? "signed-out"}: no Menu button, the links in one row`, async ({ page }) => {
      if (role) await startSession(page, (await createUser(role)).email);
      else await page.goto("/");
      await expect(menu(page).getByText("Menu", { exact: true })).toBeHidden();
      const tops = await Promise.all(
        navigationFor(role).map(async (link) => {
          const element = menu(page).getByRole("link", { name: link.label, exact: true });
          await expect(element).toBeVisible();
          return (await element.boundingBox())!.y;
        }),
      );
      expect(new Set(tops).size, `rows of the menu: ${tops.join(", ")}`).toBe(1);
      const own = await Promise.all(
        accountNavigationFor(role).map(async (link) => {
          const element = menu(page).getByRole("link", { name: link.label, exact: true });
          await expect(element).toBeVisible();
          return (await element.boundingBox())!.y;
        }),
      );
      expect(new Set(own).size, `rows of the account links: ${own.join(", ")}`).toBe(1);
      // The account links sit in the header, above the service's row.
      expect(own[0]!).toBeLessThan(tops[0]!);
      expect(await contentTop(page)).toBeLessThanOrEqual(FIRST_QUARTER);
      await expectNoA11yViolations(page, `desktop menu for ${role ?? "signed-out"}`);
    });
  }
});

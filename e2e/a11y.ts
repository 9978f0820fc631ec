import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe with the WCAG 2.2 AA tags; any violation fails the test with its details. */
export async function expectNoA11yViolations(page: Page, label?: string) {
  // axe runs as a script. With JavaScript off, scan the same HTML (same URL,
  // same stylesheet, scripts blocked) in a JavaScript-enabled page.
  // DevTools can evaluate even when the page's own scripts are off; Remix's
  // inline script only ran if JavaScript is on.
  const jsEnabled = await page.evaluate(() => "__remixContext" in window);
  if (jsEnabled) return scan(page, label);
  // Without JavaScript, a form post loads a new document that streams in: its
  // first words can be on screen (and asserted) while the rest is on its way.
  // Copy the whole page, not the part that has arrived. (A cut-off copy once
  // lacked Remix's script, looked like a JavaScript-off page again, and this
  // function called itself until the test timed out.)
  await page.waitForLoadState("load");
  const html = await page.content();
  const url = page.url();
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route("**/*", (route) =>
    route.request().url() === url
      ? route.fulfill({ body: html, contentType: "text/html" })
      : route.request().resourceType() === "script"
        ? route.abort()
        : route.continue(),
  );
  await copy.goto(url, { waitUntil: "domcontentloaded" });
  try {
    await scan(copy, label);
  } finally {
    await context.close();
  }
}

async function scan(page: Page, label?: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations${label ? ` on ${label}` : ""}`).toEqual([]);
}

/** WCAG 1.4.10: no horizontal scrolling at 320 CSS pixels wide. */
export async function expectNoHorizontalScrollAt320(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal overflow at 320px").toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

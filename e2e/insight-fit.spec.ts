import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { bandFor } from "../app/readiness/dimensions";

// Issue 19: at 1280 px every insight table fits the page: no column cut off
// or scrolled out of sight (the "Hidden middle" column was), with data in
// every table and every breakdown, long sector names included.

const areas = ["birmingham", "wolverhampton", "sandwell", "dudley"] as const;
// Long SIC section names: the widest first column the tables get.
const sectors = ["M", "Q", "C", "G"] as const;

test("every insight table fits at 1280 px, in each breakdown", async ({ page, db }) => {
  test.slow();
  const when = new Date(Date.now() - 30 * 86_400_000);
  for (const [i, localAuthority] of areas.entries()) {
    for (let n = 0; n < 6; n++) {
      const overall = 15 + (((i * 6 + n) * 13) % 80);
      const sme = await createUser("sme", {
        organisation: { localAuthority, sector: sectors[i]!, sizeBand: n % 2 ? "small" : "micro" },
      });
      await db.readinessCheck.create({
        data: {
          organisationId: sme.organisationId,
          bankVersion: "e2e",
          status: "submitted",
          isLatest: true,
          submittedAt: when,
          overall,
          band: bandFor(overall),
          scoreStrategy: overall,
          scoreReadiness: overall,
          scoreWorkforce: 40 + (n % 3) * 5,
          scoreData: overall,
          scoreAutomation: overall,
          scoreCyber: overall,
        },
      });
    }
  }
  const staff = await createUser("staff");
  await page.setViewportSize({ width: 1280, height: 900 });
  await startSession(page, staff.email);
  for (const by of ["la", "sector", "size"]) {
    await page.goto(`/staff/insights?by=${by}`);
    const wrappers = page.locator(".insight .table-wrapper");
    await expect(wrappers.first()).toBeVisible();
    const sizes = await wrappers.evaluateAll((els) =>
      els.map((el) => ({
        name: el.querySelector("caption")?.textContent ?? "",
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      })),
    );
    expect(sizes.length, `tables by ${by}`).toBeGreaterThanOrEqual(1);
    for (const size of sizes) {
      expect(size.scrollWidth, `${size.name} (by ${by}) fits its width`).toBeLessThanOrEqual(
        size.clientWidth,
      );
    }
    if (by === "la") await expectNoA11yViolations(page, "insight tables at 1280 px");
  }
});

import crypto from "node:crypto";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test, type TestUser } from "./fixtures";
import type { prisma } from "../app/db.server";

// Search that finds what exists (issue 11): an area never hides a virtual
// placement (app/opportunities/search.server.ts, placementAreaCondition), which
// is tagged "Online" and can be left out; placements can be sorted; the
// apprenticeship sort lists each choice once.

type Db = typeof prisma;

/** Midnight UTC, `days` from today, as the placement forms store dates. */
function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

async function placement(
  db: Db,
  sme: TestUser,
  title: string,
  format: "in-person" | "virtual" | "hybrid",
  localAuthority: string,
  options: { startsIn: number; publishedDaysAgo: number },
) {
  await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "live",
      title,
      description: "See how the work is done.",
      sector: "C",
      dateMode: "fixed",
      startDate: day(options.startsIn),
      endDate: day(options.startsIn + 4),
      daysAndHours: "Monday to Friday, 9am to 3pm",
      yearGroups: "10",
      places: 4,
      format,
      postcode: "B1 1AA",
      localAuthority,
      supervisorName: "Sam Supervisor",
      firstPublishedAt: day(-options.publishedDaysAgo),
    },
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search filters, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an area keeps online placements, tagged; they can be left out; placements sort", async ({
      page,
      db,
    }) => {
      test.slow();
      const word = `zed${crypto.randomBytes(4).toString("hex")}`;
      const sme = await createUser("sme");
      const school = await createUser("school");
      // Dudley in person starts last but is the newest; the online one is in Walsall.
      await placement(db, sme, `${word} Dudley print week`, "in-person", "dudley", {
        startsIn: 30,
        publishedDaysAgo: 1,
      });
      await placement(db, sme, `${word} online taster`, "virtual", "walsall", {
        startsIn: 10,
        publishedDaysAgo: 5,
      });
      await placement(db, sme, `${word} Walsall print week`, "in-person", "walsall", {
        startsIn: 20,
        publishedDaysAgo: 3,
      });

      await startSession(page, school.email);
      await page.goto("/placements");
      const search = page.getByRole("search", { name: "Placements" });
      await search.getByLabel("Keywords").fill(word);
      await search.getByLabel("Area").selectOption({ label: "Dudley" });
      await search.getByRole("button", { name: "Search", exact: true }).click();

      await expect(page.getByRole("heading", { name: "2 placements found" })).toBeVisible();
      const titles = page.locator(".card__title");
      // Best match order (keywords): both listed, Walsall's in-person week is not.
      await expect(titles).toHaveCount(2);
      await expect(page.getByRole("link", { name: `${word} Walsall print week` })).toHaveCount(0);
      const online = page.locator(".card").filter({ hasText: `${word} online taster` });
      await expect(online.getByText("Online", { exact: true })).toBeVisible();
      const inPerson = page.locator(".card").filter({ hasText: `${word} Dudley print week` });
      await expect(inPerson.getByText("Online", { exact: true })).toHaveCount(0);
      await expectNoA11yViolations(page, "placement search, area with an online placement");

      // Starting soonest first, then newest first (no keywords ranking).
      await search.getByLabel("Sort by").selectOption({ label: "Starting soonest (closes first)" });
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/sort=starting/);
      await expect(titles).toHaveText([`${word} online taster`, `${word} Dudley print week`]);
      await search.getByLabel("Sort by").selectOption({ label: "Newest" });
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/sort=newest/);
      await expect(titles).toHaveText([`${word} Dudley print week`, `${word} online taster`]);

      // Leave out online placements.
      await search.getByLabel("Leave out online placements").check();
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { name: "1 placement found" })).toBeVisible();
      await expect(titles).toHaveText([`${word} Dudley print week`]);
      await expect(search.getByLabel("Leave out online placements")).toBeChecked();

      // Nothing left: the empty state.
      await search.getByLabel("Area").selectOption({ label: "Coventry" });
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { name: "No placements found" })).toBeVisible();
      await expectNoA11yViolations(page, "placement search, empty");
    });

    test("apprenticeship results show New, Closes in N days and the course", async ({
      page,
      db,
    }) => {
      const word = `zed${crypto.randomBytes(4).toString("hex")}`;
      const sme = await createUser("sme");
      const school = await createUser("school");
      for (const [title, closesIn, publishedDaysAgo, disabilityConfident] of [
        [`${word} soon apprentice`, 3, 1, true],
        [`${word} later apprentice`, 40, 30, false],
      ] as const)
        await db.apprenticeship.create({
          data: {
            organisationId: sme.organisationId,
            state: "live",
            title,
            shortDescription: "Help a small firm tell the world what it does.",
            fullDescription: "You will run our social media and learn analytics.",
            standard: "Multi-channel marketer",
            level: 3,
            route: "digital",
            positions: 1,
            weeklyHours: 30,
            durationMonths: 12,
            wageType: "apprentice-minimum",
            startDate: day(closesIn + 30),
            closingDate: day(closesIn),
            postcode: "B1 1AA",
            localAuthority: "birmingham",
            trainingProvider: "Midlands Training Ltd",
            skillsWanted: "Curiosity",
            applyMethod: "portal",
            firstPublishedAt: day(-publishedDaysAgo),
            disabilityConfident,
          },
        });
      await startSession(page, school.email);
      await page.goto(`/apprenticeships?q=${word}`);
      const soon = page.locator(".card").filter({ hasText: `${word} soon apprentice` });
      await expect(soon.getByText("New", { exact: true })).toBeVisible();
      await expect(soon.getByText("Closes in 3 days")).toBeVisible();
      await expect(
        soon.getByText("Course: Multi-channel marketer, with Midlands Training Ltd."),
      ).toBeVisible();
      const later = page.locator(".card").filter({ hasText: `${word} later apprentice` });
      await expect(later.getByText("Closes on", { exact: false })).toBeVisible();
      await expect(later.getByText("New", { exact: true })).toHaveCount(0);
      await expect(later.getByText("Closes in", { exact: false })).toHaveCount(0);
      await expectNoA11yViolations(page, "apprenticeship results with tags");

      // Disability Confident employers only.
      const search = page.getByRole("search", { name: "Apprenticeships" });
      await search.getByLabel("Disability Confident employers only").check();
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { name: "1 apprenticeship found" })).toBeVisible();
      await expect(page.locator(".card__title")).toHaveText([`${word} soon apprentice`]);
      await expect(search.getByLabel("Disability Confident employers only")).toBeChecked();
    });

    test("the apprenticeship sort lists each choice once", async ({ page }) => {
      const school = await createUser("school");
      await startSession(page, school.email);
      await page.goto("/apprenticeships");
      const sort = page.getByRole("search", { name: "Apprenticeships" }).getByLabel("Sort by");
      await expect(sort.locator("option")).toHaveText(["Closing soonest", "Newest"]);
      await page.goto("/apprenticeships?q=web");
      await expect(sort.locator("option")).toHaveText(["Best match", "Closing soonest", "Newest"]);
      await expect(sort).toHaveValue("relevance");
      await expectNoA11yViolations(page, "apprenticeship search with keywords");
    });
  });
}

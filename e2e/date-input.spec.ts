import crypto from "node:crypto";
import { expectNoA11yViolations } from "./a11y";
import { fillDate } from "./date-input";
import { createUser, expect, startSession, test } from "./fixtures";

// Issue 19: dates are typed into the GOV.UK date input (day, month and year
// boxes), the same in every browser, with GOV.UK's error messages; JavaScript
// on and off (these are GET filter forms: the server reads the boxes).

/** Midnight UTC, `days` from today, as the placement forms store dates. */
function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}
const isoDay = (days: number) => day(days).toISOString().slice(0, 10);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`date input, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("placement search: a date range finds what is on then; a missing month and a wrong range are named", async ({
      page,
      db,
    }) => {
      const word = `dte${crypto.randomBytes(4).toString("hex")}`;
      const sme = await createUser("sme");
      const school = await createUser("school");
      for (const [title, startsIn] of [
        [`${word} soon`, 10],
        [`${word} later`, 60],
      ] as const) {
        await db.placement.create({
          data: {
            organisationId: sme.organisationId,
            state: "live",
            title,
            description: "See how the work is done.",
            sector: "C",
            dateMode: "fixed",
            startDate: day(startsIn),
            endDate: day(startsIn + 4),
            daysAndHours: "Monday to Friday, 9am to 3pm",
            yearGroups: "10",
            places: 4,
            format: "in-person",
            postcode: "B1 1AA",
            localAuthority: "dudley",
            supervisorName: "Sam Supervisor",
            firstPublishedAt: day(-1),
          },
        });
      }
      await startSession(page, school.email);
      await page.goto("/placements");
      const search = page.getByRole("search", { name: "Placements" });
      // The boxes are plain text boxes: no calendar button to tab through.
      await expect(search.getByRole("group", { name: "Available from" })).toBeVisible();
      await expect(page.locator('input[type="date"]')).toHaveCount(0);

      await search.getByLabel("Keywords").fill(word);
      await fillDate(search, "Available from", isoDay(8));
      await fillDate(search, "Available until", isoDay(20));
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/from-day=\d+&from-month=\d+&from-year=\d{4}/);
      await expect(page.getByRole("heading", { name: "1 placement found" })).toBeVisible();
      await expect(page.getByRole("link", { name: `${word} soon` })).toBeVisible();
      // The boxes keep what was typed.
      const from = search.getByRole("group", { name: "Available from" });
      await expect(from.getByLabel("Year")).toHaveValue(isoDay(8).slice(0, 4));
      await expectNoA11yViolations(page, "placement search, dates filled");

      // A missing month: named as GOV.UK names it, only that box marked, status 400.
      await from.getByLabel("Month").fill("");
      const [response] = await Promise.all([
        javaScriptEnabled ? Promise.resolve(null) : page.waitForResponse(/\/placements\?/),
        search.getByRole("button", { name: "Search", exact: true }).click(),
      ]);
      if (response) expect(response.status()).toBe(400);
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("Available from must include a month");
      await expect(from.getByLabel("Month")).toHaveAttribute("aria-invalid", "true");
      await expect(from.getByLabel("Day")).not.toHaveAttribute("aria-invalid", "true");
      await expect(from.getByLabel("Day")).toHaveValue(String(Number(isoDay(8).slice(8))));
      await expectNoA11yViolations(page, "placement search, date missing a month");
      // The summary's link takes you to the date.
      await summary.getByRole("link", { name: "Available from must include a month" }).click();
      await expect(from.getByLabel("Day")).toBeFocused();

      // An end before the start, and a year of two numbers.
      await fillDate(search, "Available from", isoDay(20));
      await fillDate(search, "Available until", isoDay(8));
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("alert")).toContainText(
        "Available until must be the same as or after available from",
      );
      await search
        .getByRole("group", { name: "Available until" })
        .getByLabel("Year")
        .fill(isoDay(8).slice(2, 4));
      await search.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("alert")).toContainText("Year must include 4 numbers");
      await expectNoA11yViolations(page, "placement search, wrong year");
    });

    test("staff insight filters: a range by boxes, a date that does not exist named", async ({
      page,
    }) => {
      const staff = await createUser("staff");
      await startSession(page, staff.email);
      await page.goto("/staff/insights");
      const filter = page.getByRole("form", { name: "Filter the insight" });
      await fillDate(filter, "From", "2019-01-01");
      await fillDate(filter, "To", "2019-12-31");
      await filter.getByRole("button", { name: "Show insight" }).click();
      await expect(page).toHaveURL(
        /from-day=1&from-month=1&from-year=2019&to-day=31&to-month=12&to-year=2019/,
      );
      // Dates go by whole weeks: Tuesday 1 January 2019 shows as its Monday, 31 December 2018.
      const from = filter.getByRole("group", { name: "From" });
      await expect(from.getByLabel("Day")).toHaveValue("31");
      await expect(from.getByLabel("Month")).toHaveValue("12");
      await expect(from.getByLabel("Year")).toHaveValue("2018");
      await expectNoA11yViolations(page, "insight, dates filled");

      await fillDate(filter, "From", "2019-02-30");
      await filter.getByRole("button", { name: "Show insight" }).click();
      await expect(page.getByText("Start date must be a real date").first()).toBeVisible();
      await expect(filter.getByRole("group", { name: "From" }).getByLabel("Day")).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(filter.getByRole("group", { name: "From" }).getByLabel("Day")).toHaveValue("30");
      await expectNoA11yViolations(page, "insight, date that does not exist");
    });
  });
}

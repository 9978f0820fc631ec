import crypto from "node:crypto";
import { createUser, expect, startSession, test } from "./fixtures";

// A keyword that only the employer's name holds finds its placements (the FTS5
// index keeps the name: migration 20261201161200_search_employer_name).

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a school finds a placement by the employer's name", async ({ page, db }) => {
    const word = `Quorn${crypto.randomBytes(3).toString("hex")}`;
    const sme = await createUser("sme", { organisation: { name: `${word} Bakery Ltd` } });
    const school = await createUser("school");
    const title = `Bread week ${crypto.randomBytes(3).toString("hex")}`;
    const start = new Date(Date.now() + 30 * 86_400_000);
    start.setUTCHours(0, 0, 0, 0);
    await db.placement.create({
      data: {
        organisationId: sme.organisationId,
        state: "live",
        title,
        description: "Bake bread.",
        sector: "C",
        dateMode: "fixed",
        startDate: start,
        endDate: new Date(start.getTime() + 4 * 86_400_000),
        yearGroups: "10",
        places: 2,
        format: "virtual",
        firstPublishedAt: new Date(),
      },
    });
    await startSession(page, school.email);
    await page.goto("/placements");
    await page.getByLabel("Keywords").fill(word.toLowerCase());
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });
});

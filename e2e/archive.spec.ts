import type { Page } from "@playwright/test";
import { makeApprenticeship } from "../tests/opportunities-data";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";

/** Archive the posting open on this page and land on "Your postings". */
async function archive(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText(`"${title}" is archived.`)).toBeVisible();
  await expect(page).toHaveURL(/\/postings$/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an SME archives a closed posting, finds it under archived postings and copies it", async ({
      page,
      db,
    }) => {
      const sme = await createUser("sme");
      const title = `Closed web apprentice ${javaScriptEnabled ? "js" : "nojs"}`;
      const closed = await makeApprenticeship(sme.organisationId, new Date(), {
        title,
        state: "closed",
      });
      await makeApprenticeship(sme.organisationId, new Date(), { title: "Still live apprentice" });
      await startSession(page, sme.email);

      await page.goto("/postings");
      await expect(page.getByRole("link", { name: /Archived postings/ })).toHaveCount(0);
      await page.getByRole("link", { name: title }).click();
      // A live posting cannot be archived; a closed one can.
      await archive(page, title);
      await expect(page.getByRole("link", { name: title })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Still live apprentice" })).toBeVisible();

      await page.getByRole("link", { name: "Archived postings (1)" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Archived postings" }),
      ).toBeVisible();
      await expectNoA11yViolations(page, "archived postings, filled");
      await page.getByRole("link", { name: title }).click();
      await expect(page.getByText("Archived", { exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
      await expect(page.getByText(/: archived/)).toBeVisible();
      await expectNoA11yViolations(page, "an archived posting");

      await page.getByRole("button", { name: "Copy to post again" }).click();
      await expect(page).toHaveURL(/\/postings\/apprenticeships\/[^/]+\/edit$/);
      expect(
        await db.apprenticeship.count({ where: { clonedFromId: closed.id, state: "draft" } }),
      ).toBe(1);
      expect(
        await db.apprenticeship.findUnique({ where: { id: closed.id }, select: { state: true } }),
      ).toEqual({ state: "archived" });
    });
  });
}

test("with nothing archived, the archived list says so", async ({ page }) => {
  const sme = await createUser("sme");
  await startSession(page, sme.email);
  await page.goto("/postings?archived=1");
  await expect(page.getByText("You have not archived any postings.")).toBeVisible();
  await expectNoA11yViolations(page, "archived postings, empty");
});

test("another SME cannot archive a posting, and a live one cannot be archived", async ({
  page,
  baseURL,
  db,
}) => {
  const owner = await createUser("sme");
  const other = await createUser("sme");
  const closed = await makeApprenticeship(owner.organisationId, new Date(), {
    title: "Not yours",
    state: "closed",
  });
  const live = await makeApprenticeship(other.organisationId, new Date(), { title: "Live one" });
  await startSession(page, other.email);

  const foreign = await page.request.post(`/postings/apprenticeships/${closed.id}`, {
    headers: { Origin: baseURL! },
    form: { intent: "archive" },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(404);
  expect(
    await db.apprenticeship.findUnique({ where: { id: closed.id }, select: { state: true } }),
  ).toEqual({ state: "closed" });

  const own = await page.request.post(`/postings/apprenticeships/${live.id}`, {
    headers: { Origin: baseURL! },
    form: { intent: "archive" },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(400);
  expect(await own.text()).toContain("Only a closed posting can be archived.");
  expect(
    await db.apprenticeship.findUnique({ where: { id: live.id }, select: { state: true } }),
  ).toEqual({ state: "live" });
});

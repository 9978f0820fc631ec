import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test } from "./fixtures";
import { allAnswers, seedSubmittedCheck, uniqueSector } from "./readiness-helpers";

test.describe("readiness results", () => {
  test("with 5 other firms in the same sector, size and area, the comparison shows their median", async ({
    page,
    db,
  }) => {
    const sector = uniqueSector();
    const facts = { sector, sizeBand: "medium", localAuthority: "elsewhere" };
    for (const score of [20, 30, 40, 50, 60]) {
      const peer = await createUser("sme", { organisation: facts });
      await seedSubmittedCheck(db, peer.organisationId, { overall: score });
    }
    const sme = await createUser("sme", { organisation: facts });
    const check = await seedSubmittedCheck(db, sme.organisationId, { answers: allAnswers("best") });
    await startSession(page, sme.email);
    await page.goto(`/readiness/results/${check.id}`);
    const table = page.getByRole("table", { name: "Your overall score compared with other firms" });
    const sectorRow = table.getByRole("row", { name: new RegExp(`Same sector: ${sector}`) });
    await expect(sectorRow.getByRole("cell").nth(0)).toHaveText("5");
    await expect(sectorRow.getByRole("cell").nth(1)).toHaveText("40");
    await expect(sectorRow).toContainText("above the middle, higher than 100% of them");
    await expectNoA11yViolations(page, "results with peers");
  });

  test("with only 4 other firms in the sector, the comparison is not shown and says why", async ({
    page,
    db,
  }) => {
    const sector = uniqueSector();
    for (const score of [20, 30, 40, 50]) {
      const peer = await createUser("sme", { organisation: { sector } });
      await seedSubmittedCheck(db, peer.organisationId, { overall: score });
    }
    const sme = await createUser("sme", { organisation: { sector } });
    const check = await seedSubmittedCheck(db, sme.organisationId);
    await startSession(page, sme.email);
    await page.goto(`/readiness/results/${check.id}`);
    const sectorRow = page
      .getByRole("table", { name: "Your overall score compared with other firms" })
      .getByRole("row", { name: new RegExp(`Same sector: ${sector}`) });
    await expect(sectorRow).toContainText("Fewer than 5");
    await expect(sectorRow).toContainText("Not shown");
    await expect(
      page.getByText(
        "Fewer than 5 other firms in this group have taken the check, so we do not show it.",
      ),
    ).toBeVisible();
  });

  test("after two checks, the results show the change and the history shows the trend", async ({
    page,
    db,
  }) => {
    const sme = await createUser("sme", { organisation: { sector: uniqueSector() } });
    const older = await seedSubmittedCheck(db, sme.organisationId, {
      answers: allAnswers("worst"),
      submittedAt: new Date(Date.now() - 200 * 86_400_000),
    });
    const newer = await seedSubmittedCheck(db, sme.organisationId, { answers: allAnswers("best") });
    await startSession(page, sme.email);

    await page.goto(`/readiness/results/${newer.id}`);
    await expect(page.getByText(/Your overall score went from 0 to 100 \(up 100\)/)).toBeVisible();
    const change = page.getByRole("table", { name: /^Scores on/ });
    await expect(change.getByRole("row", { name: "Cyber security 0 100 Up 100" })).toBeVisible();

    await page.getByRole("link", { name: "See all your results" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Your results over time" }),
    ).toBeVisible();
    await expect(
      page.getByRole("img", { name: /Overall score out of 100 at each check/ }),
    ).toBeVisible();
    const history = page.getByRole("table", { name: "Every check, newest first" });
    await expect(history.getByRole("row")).toHaveCount(3);
    await expect(history.getByRole("row").nth(1)).toContainText("Up 100");
    await expect(history.getByRole("row").nth(2)).toContainText("First check");
    await expectNoA11yViolations(page, "readiness history");

    // An older result stays readable and points to the latest.
    await history.getByRole("row").nth(2).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/readiness/results/${older.id}$`));
    await expect(page.getByText("This is an older result.")).toBeVisible();

    // Taking the check again starts a new one; the sent ones stay as they were.
    await page.getByRole("button", { name: "Take the check again" }).click();
    await expect(page.getByText("Section 1 of 6")).toBeVisible();
    expect(
      await db.readinessCheck.count({
        where: { organisationId: sme.organisationId, status: "in-progress" },
      }),
    ).toBe(1);
    expect(
      await db.readinessCheck.count({
        where: { organisationId: sme.organisationId, status: "submitted" },
      }),
    ).toBe(2);
  });

  test("the home page asks for a new check when the latest is more than 6 months old", async ({
    page,
    db,
  }) => {
    const sme = await createUser("sme");
    await seedSubmittedCheck(db, sme.organisationId, {
      submittedAt: new Date(Date.now() - 200 * 86_400_000),
    });
    await startSession(page, sme.email);
    const card = page.getByRole("region", { name: "Your digital readiness" });
    await expect(card.getByText("0 out of 100", { exact: true })).toBeVisible();
    await expect(
      card.getByText("Your last readiness check was more than 6 months ago."),
    ).toBeVisible();
    await expect(card.getByRole("link", { name: "Take the readiness check again" })).toBeVisible();
  });
});

test.describe("who may see readiness checks", () => {
  test("schools and board members get 403; another SME gets 404 for someone else's result", async ({
    page,
    db,
    browser,
    signInShared,
  }) => {
    const owner = await createUser("sme");
    const check = await seedSubmittedCheck(db, owner.organisationId);

    for (const kind of ["school", "board"] as const) {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signInShared(other, kind);
      for (const path of ["/readiness", `/readiness/results/${check.id}`, "/readiness/history"]) {
        const response = await other.goto(path);
        expect(response?.status(), `${kind} on ${path}`).toBe(403);
      }
      await expect(other.getByRole("heading", { name: "You cannot see this page" })).toBeVisible();
      expect(
        (await other.request.get(`/readiness/results/${check.id}/download.csv`)).status(),
      ).toBe(403);
      await context.close();
    }

    const stranger = await createUser("sme");
    await startSession(page, stranger.email);
    const response = await page.goto(`/readiness/results/${check.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await page.request.get(`/readiness/results/${check.id}/download.csv`)).status()).toBe(
      404,
    );
    expect((await page.request.get(`/readiness/results/${check.id}/download.json`)).status()).toBe(
      404,
    );
  });

  test("signed-out visitors are sent to sign in", async ({ page }) => {
    await page.goto("/readiness");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Freadiness/);
  });
});

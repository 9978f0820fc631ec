import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test, type TestUser } from "./fixtures";
import { fillSafeguardingBesidesInsurance } from "./placement";
import type { prisma } from "../app/db.server";

// The safeguarding page saves what is valid and lists what is still needed
// (schemas.ts safeguardingSchema, posting-save.server.ts saveSafeguarding);
// all of it is needed only when the placement is sent for checking.

type Db = typeof prisma;

function day(days: number) {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

async function draftPlacement(db: Db, sme: TestUser) {
  const title = `Studio week ${crypto.randomBytes(4).toString("hex")}`;
  const placement = await db.placement.create({
    data: {
      organisationId: sme.organisationId,
      state: "draft",
      title,
      description: "Make a short film.",
      sector: "J",
      dateMode: "fixed",
      startDate: day(30),
      endDate: day(34),
      yearGroups: "10",
      places: 2,
      format: "virtual",
      supervisorName: "Sam Supervisor",
    },
    select: { id: true },
  });
  return { id: placement.id, title };
}

async function halfFill(page: Page, placementId: string) {
  await page.goto(`/postings/placements/${placementId}/safeguarding`);
  await expect(page.getByRole("heading", { name: "Safeguarding checks" })).toBeVisible();
  await expectNoA11yViolations(page, "safeguarding, nothing saved yet");
  // No insurance details to hand today: the rest is filled in.
  await fillSafeguardingBesidesInsurance(page);
  await page.getByRole("button", { name: "Save safeguarding checks" }).click();
  await expect(page.getByText("We saved what you gave.", { exact: false })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Safeguarding checks still needed" }),
  ).toBeVisible();
  await expect(page.getByText("Enter the name of your insurer")).toBeVisible();

  // Back on the page, what was typed is there, and the list says what is left.
  await page.goto(`/postings/placements/${placementId}/safeguarding`);
  await expect(page.getByLabel("Name of your safeguarding contact")).toHaveValue("Pat Guard");
  await expect(page.getByText("Enter the name of your insurer")).toBeVisible();
  await expectNoA11yViolations(page, "safeguarding, saved part-way");

  // A wrong answer is refused under its field; the good one beside it is kept.
  await page.getByLabel("Insurer's name").fill("Midlands Mutual");
  await page.getByLabel("Amount of cover in pounds").fill("1,000,000");
  await page.getByRole("button", { name: "Save safeguarding checks" }).click();
  await expect(
    page.getByRole("link", { name: "Your insurance must cover at least £5,000,000" }),
  ).toBeVisible();
  await expect(page.getByLabel("Amount of cover in pounds")).toHaveValue("1,000,000");
  await expectNoA11yViolations(page, "safeguarding, part saved with an error");
  await page.goto(`/postings/placements/${placementId}/safeguarding`);
  await expect(page.getByLabel("Insurer's name")).toHaveValue("Midlands Mutual");

  // Sending for checking still needs it all.
  await page.goto(`/postings/placements/${placementId}`);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("link", { name: /Complete the safeguarding checks/ })).toBeVisible();
}

test.describe("saving the safeguarding page part-way", () => {
  test("with JavaScript", async ({ page, db }) => {
    test.slow();
    const sme = await createUser("sme");
    const placement = await draftPlacement(db, sme);
    await startSession(page, sme.email);
    await halfFill(page, placement.id);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the same, with plain form posts", async ({ page, db }) => {
      test.slow();
      const sme = await createUser("sme");
      const placement = await draftPlacement(db, sme);
      await startSession(page, sme.email);
      await halfFill(page, placement.id);
    });
  });
});

import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, startSession, test, type TestUser } from "./fixtures";
import { fillDate } from "./date-input";
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

  // Wrong answers are refused under their fields; the good one beside them is kept.
  // The insurance date is GOV.UK date boxes: 31 February is named, and stays as typed.
  const expiry = page.getByRole("group", { name: "Date the insurance ends", exact: true });
  await page.getByLabel("Insurer's name").fill("Midlands Mutual");
  await fillDate(page, "Date the insurance ends", "2031-02-31");
  await page.getByLabel("Amount of cover in pounds").fill("1,000,000");
  await page.getByRole("button", { name: "Save safeguarding checks" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", { name: "Your insurance must cover at least £5,000,000" }),
  ).toBeVisible();
  const wrongDate = summary.getByRole("link", {
    name: "The date your insurance ends must be a real date",
  });
  await expect(wrongDate).toHaveAttribute(
    "href",
    `#${await expiry.getByLabel("Day").getAttribute("id")}`,
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Amount of cover in pounds")).toHaveValue("1,000,000");
  await expect(expiry.getByLabel("Day")).toHaveValue("31");
  await expect(expiry.getByLabel("Day")).toHaveAttribute("aria-invalid", "true");
  await expect(expiry.getByLabel("Month")).toHaveValue("2");
  await expect(expiry.getByLabel("Year")).toHaveValue("2031");
  await expectNoA11yViolations(page, "safeguarding, part saved with errors");
  await page.goto(`/postings/placements/${placementId}/safeguarding`);
  await expect(page.getByLabel("Insurer's name")).toHaveValue("Midlands Mutual");
  await expect(expiry.getByLabel("Day")).toHaveValue("");

  // A real date is saved, and shows again in its boxes.
  await fillDate(page, "Date the insurance ends", "2031-03-31");
  await page.getByRole("button", { name: "Save safeguarding checks" }).click();
  await expect(page.getByText("We saved what you gave.", { exact: false })).toBeVisible();
  await page.goto(`/postings/placements/${placementId}/safeguarding`);
  await expect(expiry.getByLabel("Day")).toHaveValue("31");
  await expect(expiry.getByLabel("Month")).toHaveValue("3");
  await expect(expiry.getByLabel("Year")).toHaveValue("2031");

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

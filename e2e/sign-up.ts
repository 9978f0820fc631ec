import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

// Create account is five short pages (issue 19, decision 048): what kind of
// organisation, its name and place, that kind's own questions, the person,
// then check the answers and make a password. Specs that make accounts walk it here.

export type SignUpAnswers = {
  role: "A business (SME)" | "A school or college" | "A partnership board firm";
  name: string;
  email: string;
  organisation: { name: string; area: string; postcode: string };
  /** A business's page. */
  business?: { sector: string; size: string; companiesHouse?: string };
  /** A school's page. */
  school?: { urn: string; phase?: string };
  /** A firm's page: its Companies House number, which may be left empty. */
  companiesHouse?: string;
};

const continueButton = (page: Page) => page.getByRole("button", { name: "Continue" });

/** Answer every page, ending on "Check your answers". */
export async function answerSignUp(page: Page, answers: SignUpAnswers) {
  await page.goto("/create-account");
  await page.getByLabel(answers.role).check();
  await continueButton(page).click();

  await expect(page.getByRole("heading", { level: 1, name: "Your organisation" })).toBeVisible();
  await page.getByLabel("Name of your organisation").fill(answers.organisation.name);
  await page.getByLabel("Which area is it in?").selectOption(answers.organisation.area);
  await page.getByLabel("Postcode").fill(answers.organisation.postcode);
  await continueButton(page).click();

  await expect(page.getByRole("heading", { level: 1, name: /^About your/ })).toBeVisible();
  if (answers.business) {
    await page.getByLabel("What does your business do?").selectOption(answers.business.sector);
    await page.getByLabel("How many people work there?").selectOption(answers.business.size);
    if (answers.business.companiesHouse)
      await page.getByLabel(/Companies House number/).fill(answers.business.companiesHouse);
  }
  if (answers.school) {
    await page.getByLabel("School reference number (URN)").fill(answers.school.urn);
    await page.getByLabel("Type of school").selectOption(answers.school.phase ?? "secondary");
  }
  if (answers.companiesHouse)
    await page.getByLabel(/Companies House number/).fill(answers.companiesHouse);
  await continueButton(page).click();

  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Full name").fill(answers.name);
  await page.getByLabel("Email address").fill(answers.email);
  await continueButton(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

/** On "Check your answers": make the password and create the account. */
export async function finishSignUp(page: Page, password: string) {
  await page.getByLabel("Create a password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

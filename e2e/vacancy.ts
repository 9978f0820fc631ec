import type { Page } from "@playwright/test";
import { fillDate } from "./date-input";
import { expect } from "./fixtures";

// Post a vacancy as a task list (issue 19, decision 048): specs that post
// vacancies walk it here.

/** "YYYY-MM-DD", `days` from today. */
export function day(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const saveAndContinue = (page: Page) =>
  page.getByRole("button", { name: "Save and continue" }).click();

/** Open a section from the task list and wait for its page. */
export async function openSection(page: Page, title: string) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** From "Post an apprenticeship": start a task list. */
export async function startVacancy(page: Page) {
  await page.goto("/postings/apprenticeships/new");
  await page.getByRole("button", { name: "Start a new vacancy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your vacancy" })).toBeVisible();
}

export type VacancyAnswers = {
  title: string;
  closingInDays?: number;
  training?: boolean;
  /** People apply by email to this address (otherwise on SkillsBridge). */
  applyEmail?: string;
};

/** Fill every section from the task list, ending on "Check your answers". */
export async function fillVacancy(page: Page, answers: VacancyAnswers) {
  await openSection(page, "About the job");
  await page.getByLabel("Title").fill(answers.title);
  await page.getByLabel("Short description").fill("Build websites for local firms.");
  await page
    .getByLabel("Full description")
    .fill("You will build and test websites, and learn on the job.");
  await page.getByLabel("Number of positions").fill("2");
  await saveAndContinue(page);

  await openSection(page, "Training");
  if (answers.training !== false) {
    await page.getByLabel("Apprenticeship standard").fill("Software developer");
    await page.getByLabel("Level", { exact: true }).selectOption("4");
    await page.getByLabel("Route").selectOption("digital");
  }
  await page.getByLabel("Training provider").fill("Midlands Training Ltd");
  await saveAndContinue(page);

  await openSection(page, "Hours and pay");
  await page.getByLabel("Hours a week").fill("30");
  await page.getByLabel("How many months it lasts").fill("18");
  await page.getByLabel("Apprentice minimum wage").check();
  await saveAndContinue(page);

  await openSection(page, "Dates and place");
  await fillDate(page, "Closing date", day(answers.closingInDays ?? 20));
  await fillDate(page, "Start date", day(60));
  await page.getByLabel("Postcode").fill("B1 1AA");
  await page.getByLabel("Local authority").selectOption("birmingham");
  await saveAndContinue(page);

  await openSection(page, "Skills");
  await page.getByLabel("Skills you are looking for").fill("Curiosity and care");
  await saveAndContinue(page);

  await openSection(page, "How to apply");
  if (answers.applyEmail) {
    await page.getByLabel("By email").check();
    await page.getByLabel("Email address to apply (optional)").fill(answers.applyEmail);
  } else await page.getByLabel("On SkillsBridge").check();
  await saveAndContinue(page);

  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

/** Start, fill every section and send for checking. */
export async function postVacancy(page: Page, answers: VacancyAnswers) {
  await startVacancy(page);
  await fillVacancy(page, answers);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(
    page.getByText("Your vacancy has been sent to the partnership team to check."),
  ).toBeVisible();
}

import type { Page } from "@playwright/test";
import { fillDate } from "./date-input";
import { expect } from "./fixtures";
import { day, openSection } from "./vacancy";

// Offer a placement as a task list (issue 19, decision 052): specs that post
// placements walk it here.

const saveAndContinue = (page: Page) =>
  page.getByRole("button", { name: "Save and continue" }).click();

/** From "Offer a work-experience placement": start a task list. */
export async function startPlacement(page: Page) {
  await page.goto("/postings/placements/new");
  await page.getByRole("button", { name: "Start a new placement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your placement" })).toBeVisible();
}

export type PlacementAnswers = {
  title: string;
  places?: string;
  startInDays?: number;
};

/** Fill every section from the task list, ending on "Check your answers". */
export async function fillPlacement(page: Page, answers: PlacementAnswers) {
  await openSection(page, "About the placement");
  await page.getByLabel("Title").fill(answers.title);
  await page
    .getByLabel("What the student will do and learn")
    .fill("Help print real jobs and learn how a print works runs.");
  await page.getByLabel("Sector").selectOption("C");
  await page.getByLabel("Supervisor's name").fill("Sam Supervisor");
  await saveAndContinue(page);

  await openSection(page, "Dates and times");
  await page.getByLabel("Fixed dates").check();
  const start = answers.startInDays ?? 30;
  await fillDate(page, "Start date", day(start));
  await fillDate(page, "End date", day(start + 4));
  await page.getByLabel("Days and hours").fill("Monday to Friday, 9am to 3pm");
  await saveAndContinue(page);

  await openSection(page, "Students");
  await page.getByLabel("Year 10").check();
  await page.getByLabel("Number of places").fill(answers.places ?? "4");
  await saveAndContinue(page);

  await openSection(page, "Where");
  await page.getByLabel("In person", { exact: true }).check();
  await page.getByLabel("Postcode").fill("b1 1aa");
  await page.getByLabel("Local authority").selectOption("dudley");
  await saveAndContinue(page);

  await openSection(page, "Contact and first day");
  await page.getByLabel("The supervisor is the placement contact").check();
  await page.getByLabel("Contact's job").fill("Print manager");
  await page.getByLabel("Contact's work email address").fill("sam@printworks.example");
  await page.getByLabel("Contact's phone number").fill("0121 496 0001");
  await page.getByLabel("Workplace address").fill("1 Print Street, Dudley DY1 1AA");
  await page
    .getByLabel("What students need to know on the first day")
    .fill("Come to the front desk at 9am and ask for Sam.");
  await saveAndContinue(page);

  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

/** From the check page: make the placement and go on to its safeguarding checks. */
export async function onToSafeguarding(page: Page) {
  await page.getByRole("button", { name: "Save and go on to safeguarding" }).click();
  await expect(page.getByRole("heading", { name: "Safeguarding checks" })).toBeVisible();
}

/** Every safeguarding answer, on the placement's safeguarding page. */
export async function fillSafeguarding(page: Page) {
  await page.getByLabel(/We have employer's liability insurance/).check();
  await page.getByLabel("Insurer's name").fill("Midlands Mutual");
  await fillDate(page, "Date the insurance ends", day(400));
  await page.getByLabel("Amount of cover in pounds").fill("5,000,000");
  await page
    .getByRole("group", { name: "Is your risk assessment written down?" })
    .getByLabel("Yes")
    .check();
  await fillSafeguardingBesidesInsurance(page);
}

/** The safeguarding answers that need no insurance details: risk assessment reviewed, DBS, the contact. */
export async function fillSafeguardingBesidesInsurance(page: Page) {
  await page.getByLabel(/We have reviewed our risk assessment/).check();
  await page
    .getByRole("group", { name: "Does any supervisor need a DBS check?" })
    .getByLabel("No")
    .check();
  await page.getByLabel("Name of your safeguarding contact").fill("Pat Guard");
  await page.getByLabel("Their phone number or email address").fill("0121 496 0000");
}

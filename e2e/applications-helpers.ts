import type { Page } from "@playwright/test";
import { prisma } from "../app/db.server";
import { expect, uniqueEmail, type TestUser } from "./fixtures";
import { linkIn, waitForEmail } from "./mail";

/** "YYYY-MM-DD", `days` from today. */
function day(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A live vacancy of `employer`'s (or a draft) that takes applications on SkillsBridge. */
export async function makeVacancy(
  employer: TestUser,
  options: Partial<{
    title: string;
    questions: string[];
    disabilityConfident: boolean;
    closingInDays: number;
    closedEarly: boolean;
    state: "live" | "draft";
  }> = {},
) {
  const questions = options.questions ?? [];
  return prisma.apprenticeship.create({
    data: {
      organisationId: employer.organisationId,
      state: options.state ?? "live",
      title: options.title ?? "Software developer apprentice",
      shortDescription: "Build websites for local firms.",
      fullDescription: "You will build and test websites, and learn on the job.",
      standard: "Software developer",
      level: 4,
      route: "digital",
      positions: 2,
      weeklyHours: 30,
      durationMonths: 18,
      wageType: "apprentice-minimum",
      startDate: new Date(`${day(60)}T00:00:00Z`),
      closingDate: new Date(`${day(options.closingInDays ?? 12)}T00:00:00Z`),
      postcode: "B1 1AA",
      localAuthority: "birmingham",
      trainingProvider: "Midlands Training Ltd",
      skillsWanted: "Curiosity and care",
      applyMethod: "portal",
      disabilityConfident: options.disabilityConfident ?? false,
      question1: questions[0] ?? null,
      question2: questions[1] ?? null,
      question3: questions[2] ?? null,
      applicationsClosedAt: options.closedEarly ? new Date() : null,
      firstPublishedAt: options.state === "draft" ? null : new Date(),
    },
    select: { id: true, title: true },
  });
}

/** From the start page to the first question, through the emailed link. */
export async function startApplying(
  page: Page,
  vacancyId: string,
  email = uniqueEmail("applicant"),
) {
  await page.goto(`/apprenticeships/${vacancyId}/apply`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForEmail(email, "Your application for");
  await page.goto(linkIn(mail, "/apply/confirm"));
  await page.getByRole("button", { name: "Confirm and start" }).click();
  await expect(page.getByRole("heading", { name: "What is your name?" })).toBeVisible();
  return email;
}

/** Answer every page with short answers, ending on check your answers. */
export async function answerEverything(
  page: Page,
  name: string,
  options: { questions?: number; disabilityConfident?: boolean; cv?: string } = {},
) {
  await page.getByLabel("Your full name").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "What is your phone number?" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your local council area").selectOption("walsall");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Working").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "I have none yet, continue" }).click();
  await page.getByLabel("Your answer").fill("I want to learn to build things.");
  await page.getByRole("button", { name: "Continue" }).click();
  for (let i = 1; i <= (options.questions ?? 0); i++) {
    await page.getByLabel(new RegExp(`^Question ${i}:`)).fill(`Answer ${i}`);
  }
  if (options.questions) await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { name: "Do you need anything to help you at an interview?" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  if (options.disabilityConfident) {
    await page.getByLabel("No").check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  // The CV is optional.
  await expect(page.getByRole("heading", { name: "Add your CV (optional)" })).toBeVisible();
  if (options.cv) await page.getByLabel("Choose your CV (optional)").setInputFiles(options.cv);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
}

// Post a vacancy as a task list (issue 19, decision 048), as the national
// Recruit an apprenticeship service does: short pages, each checking only its
// own fields, saved as the employer goes. Client-safe: pages and server share it.
// Zod-free, so the task list's page stays small (the checks are in vacancy-section-checks.ts).
import { sectionNamed, sectionOfField, wholeValues, type TaskAnswers } from "~/forms/task-list";
import type { ApprenticeshipField } from "./schemas";

export const vacancySections = [
  {
    name: "job",
    title: "About the job",
    fields: ["title", "shortDescription", "fullDescription", "positions"],
  },
  {
    name: "training",
    title: "Training",
    fields: ["standard", "level", "route", "trainingProvider"],
  },
  {
    name: "pay",
    title: "Hours and pay",
    fields: ["weeklyHours", "durationMonths", "wageType", "wageWeeklyPounds"],
  },
  {
    name: "dates",
    title: "Dates and place",
    fields: ["closingDate", "startDate", "postcode", "localAuthority"],
  },
  { name: "skills", title: "Skills", fields: ["skillsWanted", "qualificationsWanted"] },
  {
    name: "apply",
    title: "How to apply",
    fields: [
      "applyMethod",
      "applyUrl",
      "applyEmail",
      "disabilityConfident",
      "question1",
      "question2",
      "question3",
    ],
  },
] as const satisfies readonly {
  name: string;
  title: string;
  fields: readonly ApprenticeshipField[];
}[];

export type VacancySection = (typeof vacancySections)[number];
export type VacancySectionName = VacancySection["name"];

/** What a vacancy draft holds: each section's answers as typed. */
export type VacancyAnswers = TaskAnswers<VacancySectionName>;

export { sectionStatusText, type SectionStatus } from "~/forms/task-list";

export function vacancySection(name: string | undefined): VacancySection | undefined {
  return sectionNamed(vacancySections, name);
}

/** The section a field is asked in (a problem found when sending names its section). */
export function vacancySectionOfField(field: string): VacancySection | undefined {
  return sectionOfField(vacancySections, field);
}

/** Every section's answers as one form, for the whole vacancy's schema. */
export function wholeVacancyValues(answers: VacancyAnswers) {
  return wholeValues(vacancySections, answers);
}

// Post a vacancy as a task list (issue 19, decision 048), as the national
// Recruit an apprenticeship service does: short pages, each checking only its
// own fields, saved as the employer goes. Client-safe: pages and server share it.
// Zod-free, so the task list's page stays small (the checks are in vacancy-section-checks.ts).
import type { DateBoxes } from "~/forms/parse";
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

/** One answer as typed: text, or a date's three boxes (forms/date-input.ts). */
export type VacancyAnswer = string | DateBoxes;

/** What a vacancy draft holds: each section's answers as typed. */
export type VacancyAnswers = Partial<Record<VacancySectionName, Record<string, VacancyAnswer>>>;

export type SectionStatus = "not-started" | "in-progress" | "completed";

export const sectionStatusText: Record<SectionStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

export function vacancySection(name: string | undefined): VacancySection | undefined {
  return vacancySections.find((s) => s.name === name);
}

/** The section a field is asked in (a problem found when sending names its section). */
export function sectionOfField(field: string): VacancySection | undefined {
  return vacancySections.find((s) => (s.fields as readonly string[]).includes(field));
}

/** The vacancy's title as typed so far, or null before one is given. */
export function draftTitle(answers: VacancyAnswers): string | null {
  const title = answers.job?.title;
  return typeof title === "string" && title.trim() !== "" ? title : null;
}

/** Every section's answers as one form, for the whole vacancy's schema. */
export function wholeVacancyValues(answers: VacancyAnswers): Record<string, VacancyAnswer> {
  return Object.assign({}, ...vacancySections.map((s) => answers[s.name] ?? {})) as Record<
    string,
    VacancyAnswer
  >;
}

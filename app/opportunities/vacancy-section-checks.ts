// The checks of the vacancy's task-list sections (decision 048): each section
// is checked by its own part of the one vacancy schema.
import { sectionStatusOf } from "~/forms/task-list-checks";
import { apprenticeshipSectionSchema } from "./schemas";
import {
  vacancySections,
  type SectionStatus,
  type VacancyAnswers,
  type VacancySection,
  type VacancySectionName,
} from "./vacancy-sections";

export function sectionSchema(section: VacancySection) {
  return apprenticeshipSectionSchema(section.fields);
}

/** Not started: nothing saved. Completed: its answers pass its own checks. Else in progress. */
export function sectionStatus(section: VacancySection, answers: VacancyAnswers): SectionStatus {
  return sectionStatusOf(sectionSchema(section), answers[section.name]);
}

/** The section by its name (the browser loads the checks by the page's section). */
export function sectionByName(name: VacancySectionName): VacancySection {
  return vacancySections.find((s) => s.name === name)!;
}

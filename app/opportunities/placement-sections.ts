// Post a work-experience placement as a task list (issue 19, decision 052):
// short pages, each checking only its own fields, saved as the employer goes.
// Client-safe and zod-free (the checks are in placement-section-checks.ts).
import { sectionNamed, wholeValues, type TaskAnswers } from "~/forms/task-list";
import type { PlacementField } from "./schemas";

export const placementSections = [
  {
    name: "about",
    title: "About the placement",
    fields: ["title", "description", "sector", "supervisorName"],
  },
  {
    name: "dates",
    title: "Dates and times",
    fields: ["dateMode", "startDate", "endDate", "daysAndHours"],
  },
  { name: "students", title: "Students", fields: ["yearGroups", "minAge", "maxAge", "places"] },
  {
    name: "where",
    title: "Where",
    fields: ["format", "postcode", "localAuthority", "accessibility", "dressCode", "travelNotes"],
  },
  {
    name: "contact",
    title: "Contact and first day",
    fields: [
      "contactIsSupervisor",
      "contactName",
      "contactRole",
      "contactEmail",
      "contactPhone",
      "workplaceAddress",
      "firstDayDetails",
    ],
  },
] as const satisfies readonly {
  name: string;
  title: string;
  fields: readonly PlacementField[];
}[];

export type PlacementSection = (typeof placementSections)[number];
export type PlacementSectionName = PlacementSection["name"];

/** What a placement draft holds: each section's answers as typed. */
export type PlacementAnswers = TaskAnswers<PlacementSectionName>;

export function placementSection(name: string | undefined): PlacementSection | undefined {
  return sectionNamed(placementSections, name);
}

/** Every section's answers as one form, for the whole placement's schema. */
export function wholePlacementValues(answers: PlacementAnswers) {
  return wholeValues(placementSections, answers);
}

// The checks of the placement's task-list sections (decision 052): each
// section is checked by its own part of the one placement schema.
import type { SectionStatus } from "~/forms/task-list";
import { sectionStatusOf } from "~/forms/task-list-checks";
import { placementSectionSchema } from "./schemas";
import {
  placementSections,
  type PlacementAnswers,
  type PlacementSection,
  type PlacementSectionName,
} from "./placement-sections";

export function placementSectionSchemaOf(section: PlacementSection) {
  return placementSectionSchema(section.fields);
}

/** Not started: nothing saved. Completed: its answers pass its own checks. Else in progress. */
export function placementSectionStatus(
  section: PlacementSection,
  answers: PlacementAnswers,
): SectionStatus {
  return sectionStatusOf(placementSectionSchemaOf(section), answers[section.name]);
}

/** The section by its name (the browser loads the checks by the page's section). */
export function placementSectionByName(name: PlacementSectionName): PlacementSection {
  return placementSections.find((s) => s.name === name)!;
}

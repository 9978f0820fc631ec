// The order of the check's sections, for page-to-page navigation.
import type { DimensionId } from "./dimensions";
import { sectionOrder } from "./question-bank";

/** 1-based, for "Section 2 of 6". */
export function sectionNumber(dimension: DimensionId): number {
  return sectionOrder.indexOf(dimension) + 1;
}

export const sectionCount = sectionOrder.length;

/** The next page, or null after the last section (go to "check your answers"). */
export function nextSection(dimension: DimensionId): DimensionId | null {
  return sectionOrder[sectionOrder.indexOf(dimension) + 1] ?? null;
}

/** The page before, or null on the first section. */
export function previousSection(dimension: DimensionId): DimensionId | null {
  const index = sectionOrder.indexOf(dimension);
  return index > 0 ? (sectionOrder[index - 1] ?? null) : null;
}

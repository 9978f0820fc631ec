// Names and short texts for showing postings and requests on pages.
import { wageTypes } from "./options";
import { formatPence } from "./money";
import { yearGroups } from "./options";
import {
  applyMethods,
  apprenticeshipRoutes,
  placementDateModes,
  placementFormats,
} from "./options";

function lookup(list: readonly { id: string; name: string }[]) {
  const names = new Map(list.map((item) => [item.id, item.name]));
  return (id: string | null | undefined) => (id ? (names.get(id) ?? id) : "");
}

export const routeName = lookup(apprenticeshipRoutes);
export const formatName = lookup(placementFormats);
export const dateModeName = lookup(placementDateModes);
export const applyMethodName = lookup(applyMethods);
export const wageTypeName = lookup(wageTypes);
export const yearGroupName = lookup(yearGroups);

export function yearGroupsText(stored: string): string {
  return stored
    .split(",")
    .filter(Boolean)
    .map((id) => yearGroupName(id))
    .join(", ");
}

export function wageText(wageType: string, wageWeeklyPence: number | null): string {
  if (wageType === "fixed" && wageWeeklyPence !== null)
    return `${formatPence(wageWeeklyPence)} a week`;
  return wageTypeName(wageType);
}

export function placesText(n: number): string {
  return `${n} ${n === 1 ? "place" : "places"}`;
}

export function studentsText(n: number): string {
  return `${n} ${n === 1 ? "student" : "students"}`;
}

export type PostingKind = "apprenticeship" | "placement";
export const postingKindNames: Record<PostingKind, string> = {
  apprenticeship: "Apprenticeship",
  placement: "Work experience",
};

export const notVerifiedMessage =
  "The partnership team has not checked your school yet, so you cannot request places. We will email you when it is done.";

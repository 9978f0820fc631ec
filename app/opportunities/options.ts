// Lists shown as radios or selects. Ids are stored in the database: add, never rename.
import { apprenticeshipLevels } from "./policy";

export const apprenticeshipRoutes = [
  { id: "digital", name: "Digital" },
  { id: "business-and-administration", name: "Business and administration" },
  { id: "creative-and-design", name: "Creative and design" },
  { id: "engineering-and-manufacturing", name: "Engineering and manufacturing" },
  { id: "sales-marketing-and-procurement", name: "Sales, marketing and procurement" },
  { id: "other", name: "Other" },
] as const;

export type ApprenticeshipRouteId = (typeof apprenticeshipRoutes)[number]["id"];

export const apprenticeshipLevelOptions = apprenticeshipLevels.map((l) => ({
  value: String(l),
  label: `Level ${l}`,
}));

export const applyMethods = [
  { id: "portal", name: "On SkillsBridge" },
  { id: "external", name: "On our own website" },
  { id: "email", name: "By email" },
] as const;

export type ApplyMethod = (typeof applyMethods)[number]["id"];

export const placementFormats = [
  { id: "in-person", name: "In person" },
  { id: "virtual", name: "Virtual (online)" },
  { id: "hybrid", name: "Hybrid (some in person, some online)" },
] as const;

export type PlacementFormat = (typeof placementFormats)[number]["id"];

export const placementDateModes = [
  { id: "fixed", name: "Fixed dates" },
  { id: "window", name: "Any time between two dates, agreed with the school" },
] as const;

export type PlacementDateMode = (typeof placementDateModes)[number]["id"];

// A school's request for places holds no student names or personal data (PRODUCT.md §2).
export const accessNeedsHint =
  "Summarise any access needs for the group, like step-free access or a quiet room. " +
  "Do not include students' names or anything else that could identify a student.";

// Kept here, not with the rules, so pages that only show a posting load no rule code.
export const wageTypes = [
  { id: "fixed", name: "A fixed weekly wage" },
  { id: "apprentice-minimum", name: "Apprentice minimum wage" },
  { id: "national-minimum", name: "National minimum wage" },
  { id: "competitive", name: "Competitive" },
] as const;
export type WageType = (typeof wageTypes)[number]["id"];
export const wageTypeIds = wageTypes.map((w) => w.id) as [WageType, ...WageType[]];

export const yearGroups = [
  { id: "9", name: "Year 9" },
  { id: "10", name: "Year 10" },
  { id: "11", name: "Year 11" },
  { id: "12", name: "Year 12" },
  { id: "13", name: "Year 13" },
] as const;
export type YearGroup = (typeof yearGroups)[number]["id"];
export const yearGroupIds = yearGroups.map((y) => y.id) as [YearGroup, ...YearGroup[]];

// What an application's pages show, without the schemas (so a page that only
// shows them loads no zod; the budget in scripts/size.ts).
import type { Qualification } from "./schemas";

export const FEEDBACK_MAX_LENGTH = 1000;
/** Kept in step with REPORT_DETAILS_MAX_LENGTH (reports.server.ts). Here, not in employer-forms, so the page needs no zod to show it. */
export const REPORT_MAX_LENGTH = 2000;
export const WHY_MAX_LENGTH = 1500;
export const ANSWER_MAX_LENGTH = 1500;
export const QUESTION_MAX_LENGTH = 300;
export const MAX_QUALIFICATIONS = 20;

export const currentActivities = [
  { id: "school", name: "At school" },
  { id: "college", name: "At college or university" },
  { id: "working", name: "Working" },
  { id: "looking", name: "Looking for work" },
  { id: "caring", name: "Caring for someone" },
  { id: "other", name: "Something else" },
] as const;

export const qualificationLevels = [
  { id: "entry", name: "Entry level" },
  { id: "1", name: "Level 1 (like GCSE grades 3 to 1)" },
  { id: "2", name: "Level 2 (like GCSE grades 9 to 4)" },
  { id: "3", name: "Level 3 (like A levels or a T level)" },
  { id: "4", name: "Level 4 or higher" },
  { id: "other", name: "Not sure" },
] as const;

/** Qualifications stored as JSON text; anything unreadable counts as none. */
export function readQualifications(json: string): Qualification[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list)
      ? list.filter(
          (q): q is Qualification =>
            typeof q === "object" &&
            q !== null &&
            typeof (q as Qualification).subject === "string" &&
            typeof (q as Qualification).grade === "string" &&
            typeof (q as Qualification).level === "string",
        )
      : [];
  } catch {
    return [];
  }
}

export function levelName(id: string): string {
  return qualificationLevels.find((l) => l.id === id)?.name ?? id;
}

export function activityName(id: string | null): string {
  return currentActivities.find((a) => a.id === id)?.name ?? "";
}

// A task-list section's status (decisions 048 and 052), worked out from its
// answers, never stored: not started (nothing saved), completed (its own
// checks pass), in progress (anything else).
import type { z } from "zod";
import { parseForm, type FormValues } from "./parse";
import type { SectionStatus } from "./task-list";

export function sectionStatusOf(schema: z.ZodType, saved: FormValues | undefined): SectionStatus {
  if (!saved) return "not-started";
  return parseForm(schema, saved).ok ? "completed" : "in-progress";
}

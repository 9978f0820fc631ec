// Form schemas for app/routes/requests.$id/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { employerOutcomeSchema, schoolOutcomeSchema } from "~/opportunities/outcome";
import {
  answerRequestSchema,
  concernSchema,
  placementMessageSchema,
} from "~/opportunities/schemas";

export const actionSchema = z.discriminatedUnion("intent", [
  ...answerRequestSchema.options,
  z.object({ intent: z.literal("withdraw") }),
  schoolOutcomeSchema,
  employerOutcomeSchema,
  placementMessageSchema,
  concernSchema,
]);

// The action plan's forms, apart from its rules so the plan page loads no zod
// until a form is used (decision 006).
import { z } from "zod";
import { choice, optionalChoice, requiredDate, requiredText } from "~/forms/fields";
import { actionStatuses } from "./action-plan";
import { dimensionIds } from "./dimensions";

export const actionItemSchema = z.object({
  title: requiredText({ required: "Enter what you will do", max: 300, label: "What you will do" }),
  owner: requiredText({ required: "Enter who will do it", max: 100, label: "Who will do it" }),
  dueOn: requiredDate({ required: "Enter the day it is due", label: "Due date" }),
  dimension: optionalChoice(dimensionIds, "Choose an area from the list"),
  checkId: z
    .string()
    .max(40)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ActionItemInput = z.output<typeof actionItemSchema>;

export const addActionForm = actionItemSchema.extend({ intent: z.literal("add") });
export const statusForm = z.object({
  intent: z.literal("status"),
  actionId: z.string().min(1).max(40),
  status: choice(actionStatuses, "Choose a status"),
});
export const planActions = z.discriminatedUnion("intent", [addActionForm, statusForm]);

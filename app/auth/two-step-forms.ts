import { z } from "zod";
import { fail, requiredText } from "~/forms/fields";
import { currentPasswordSchema } from "./password-policy";
import { codeKind } from "./two-step";

// The two-step sign-in forms: one schema each, for the browser and the server.

const ENTER_CODE = "Enter the 6-digit code from your app, or a recovery code";

/** A code from the app (6 digits) or a recovery code (10 letters and digits). */
const anyCode = requiredText({ required: ENTER_CODE, label: "The code", max: 20 }).transform(
  (value, ctx) => (codeKind(value) ? value : fail(ctx, ENTER_CODE)),
);

/** Only a code from the app: setting up proves the app has the secret. */
const appCode = requiredText({
  required: "Enter the 6-digit code from your app",
  label: "The code",
  max: 20,
}).transform((value, ctx) =>
  codeKind(value) === "app" ? value : fail(ctx, "The code must be the 6 digits your app shows"),
);

export const signInCodeSchema = z.object({ oneTimeCode: anyCode });

export const confirmSetUpSchema = z.object({
  intent: z.literal("confirm"),
  oneTimeCode: appCode,
});

export const turnOffSchema = z.object({
  intent: z.literal("turn-off"),
  currentPassword: currentPasswordSchema,
  oneTimeCode: anyCode,
});

export const newRecoveryCodesSchema = z.object({
  intent: z.literal("new-codes"),
  oneTimeCode: anyCode,
});

export const twoStepActionSchema = z.discriminatedUnion("intent", [
  confirmSetUpSchema,
  turnOffSchema,
  newRecoveryCodesSchema,
]);

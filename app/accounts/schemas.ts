import { z } from "zod";
import { currentPasswordSchema, newPasswordSchema } from "~/auth/password-policy";
import { meetingFormats } from "~/mentoring/options";
import {
  localAuthorityIds,
  schoolPhaseIds,
  sectorIds,
  sizeBandIds,
} from "~/organisations/reference-data";

// Account forms: one schema each, used by the browser and by the server.

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "Email address must be 254 characters or fewer" })
  .pipe(z.email({ error: "Enter an email address in the right format, like name@example.com" }))
  .transform((email) => email.toLowerCase());

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
export const postcodeSchema = z
  .string({ error: "Enter a postcode" })
  .trim()
  .min(1, { error: "Enter a postcode" })
  .regex(POSTCODE, { error: "Enter a real postcode, like B1 1AA" })
  .transform((p) => {
    const compact = p.replace(/\s+/g, "").toUpperCase();
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  });

const nameSchema = z
  .string({ error: "Enter your full name" })
  .trim()
  .min(1, { error: "Enter your full name" })
  .max(100, { error: "Your name must be 100 characters or fewer" });

const always = () => true;

function choice<T extends string>(ids: readonly [T, ...T[]], message: string) {
  return z.enum(ids, { error: message });
}

export const createAccountSchema = z
  .object({
    role: choice(["sme", "school", "board"], "Select what kind of organisation you are from"),
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    organisationName: z
      .string({ error: "Enter the name of your organisation" })
      .trim()
      .min(1, { error: "Enter the name of your organisation" })
      .max(120, { error: "The name must be 120 characters or fewer" }),
    localAuthority: choice(localAuthorityIds, "Select the area your organisation is in"),
    postcode: postcodeSchema,
    sector: z.union([z.literal(""), z.enum(sectorIds)]).optional(),
    sizeBand: z.union([z.literal(""), z.enum(sizeBandIds)]).optional(),
    schoolUrn: z.string().trim().optional(),
    schoolPhase: z.union([z.literal(""), z.enum(schoolPhaseIds)]).optional(),
  })
  // `when: always` runs these checks even when other fields have problems, so
  // the page lists every problem at once.
  .refine((v) => v.role !== "sme" || Boolean(v.sector), {
    path: ["sector"],
    message: "Select what your business does",
    when: always,
  })
  .refine((v) => v.role !== "sme" || Boolean(v.sizeBand), {
    path: ["sizeBand"],
    message: "Select how many people work for you",
    when: always,
  })
  .refine((v) => v.role !== "school" || Boolean(v.schoolUrn), {
    path: ["schoolUrn"],
    message: "Enter your school reference number (URN)",
    when: always,
  })
  .refine((v) => v.role !== "school" || !v.schoolUrn || /^\d{6}$/.test(v.schoolUrn), {
    path: ["schoolUrn"],
    message: "The school reference number must be 6 digits, like 103456",
    when: always,
  })
  .refine((v) => v.role !== "school" || Boolean(v.schoolPhase), {
    path: ["schoolPhase"],
    message: "Select the type of school",
    when: always,
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
  redirectTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1),
    password: newPasswordSchema,
    confirmPassword: z
      .string({ error: "Enter your new password again" })
      .min(1, { error: "Enter your new password again" }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

export const joinSchema = z.object({
  token: z.string().min(1),
  name: nameSchema,
  password: newPasswordSchema,
});

// Account page forms (one page, several forms, each with an intent).
export const profileSchema = z.object({ intent: z.literal("profile"), name: nameSchema });

export const changePasswordSchema = z.object({
  intent: z.literal("password"),
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
});

export const changeEmailSchema = z.object({
  intent: z.literal("email"),
  newEmail: emailSchema,
  currentPassword: currentPasswordSchema,
});

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  inviteEmail: emailSchema,
});

export const removeColleagueSchema = z.object({
  intent: z.literal("remove"),
  userId: z.string().min(1),
});
export const resendConfirmationSchema = z.object({ intent: z.literal("resend") });

/** An SME's usual way to meet mentors and go to training (matching uses it). */
export const meetingFormatSchema = z.object({
  intent: z.literal("meeting-format"),
  meetingFormat: z.enum(meetingFormats, { error: "Choose how your business likes to meet" }),
});

export const accountActionSchema = z.discriminatedUnion("intent", [
  profileSchema,
  changePasswordSchema,
  changeEmailSchema,
  inviteSchema,
  removeColleagueSchema,
  resendConfirmationSchema,
  meetingFormatSchema,
]);

export const deleteAccountSchema = z.object({
  confirm: z.literal("on", { error: "Tick the box to confirm you want to delete your account" }),
  password: currentPasswordSchema,
});

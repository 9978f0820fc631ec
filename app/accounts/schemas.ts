import { z } from "zod";
import { companiesHouseNumber } from "~/organisations/duplicates";
import {
  checkbox,
  between,
  choice,
  emailAddress,
  fail,
  mustTick,
  optionalChoice,
  optionalText,
  optionalWholeNumber,
  postcode,
  requiredText,
} from "~/forms/fields";
import { currentPasswordSchema, newPasswordSchema } from "~/auth/password-policy";
import { meetingFormats } from "~/mentoring/options";
import {
  localAuthorityIds,
  schoolPhaseIds,
  sectorIds,
  sizeBandForStaff,
  sizeBandIds,
  sizeBandName,
} from "~/organisations/reference-data";

// Account forms: one schema each, used by the browser and by the server.

export const emailSchema = emailAddress({ required: "Enter your email address" });

export const postcodeSchema = postcode();

export const nameSchema = requiredText({
  required: "Enter your full name",
  label: "Your name",
  max: 100,
});

const always = () => true;

/** Optional; stored as 8 characters ("1234567" is "01234567"), so staff can spot a firm signed up twice. */
export const companiesHouseNumberSchema = optionalText({
  label: "The Companies House number",
  max: 20,
}).transform((value, ctx): string | null => {
  if (value === null) return null;
  const number = companiesHouseNumber(value);
  return (
    number ??
    fail(ctx, "A Companies House number is 8 letters and numbers, like 01234567 or SC123456")
  );
});

const roleField = choice(
  ["sme", "school", "board"],
  "Select what kind of organisation you are from",
);
const organisationNameField = requiredText({
  required: "Enter the name of your organisation",
  label: "The name",
  max: 120,
});
const localAuthorityField = choice(localAuthorityIds, "Select the area your organisation is in");
const SCHOOL_URN = /^\d{6}$/;
const URN_MESSAGE = "The school reference number must be 6 digits, like 103456";

// Create account, one short page at a time (decision 048). Each page has its
// own schema, shared by the browser and the server; the last page checks the
// whole answer again with createAccountSchema.

/** Page 1: what kind of organisation. */
export const signUpKindSchema = z.object({ role: roleField });

/** Page 2 (everyone): the organisation's name and place. */
export const signUpOrganisationSchema = z.object({
  organisationName: organisationNameField,
  localAuthority: localAuthorityField,
  postcode: postcodeSchema,
});

/** Page 3 for a business. */
export const signUpBusinessSchema = z.object({
  sector: choice(sectorIds, "Select what your business does"),
  sizeBand: choice(sizeBandIds, "Select how many people work for you"),
  companiesHouseNumber: companiesHouseNumberSchema,
});

/** Page 3 for a school or college. */
export const signUpSchoolSchema = z.object({
  schoolUrn: requiredText({
    required: "Enter your school reference number (URN)",
    label: "The school reference number",
    max: 20,
  }).refine((urn) => SCHOOL_URN.test(urn), { message: URN_MESSAGE }),
  schoolPhase: choice(schoolPhaseIds, "Select the type of school"),
});

/** Page 3 for a partnership board firm. */
export const signUpFirmSchema = z.object({ companiesHouseNumber: companiesHouseNumberSchema });

/** Page 4: the person. */
export const signUpPersonSchema = z.object({ name: nameSchema, email: emailSchema });

/** The last page, after the answers: the password (never kept in the draft) and, when asked, "none of these is mine". */
export const signUpFinishSchema = z.object({
  password: newPasswordSchema,
  notADuplicate: checkbox(),
});

/** The schema of one answer page; the details page asks only that kind's questions. */
export function signUpStepSchema(
  step: "organisation" | "details" | "you",
  role: "sme" | "school" | "board",
) {
  if (step === "organisation") return signUpOrganisationSchema;
  if (step === "you") return signUpPersonSchema;
  return { sme: signUpBusinessSchema, school: signUpSchoolSchema, board: signUpFirmSchema }[role];
}

export const createAccountSchema = z
  .object({
    role: roleField,
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    organisationName: organisationNameField,
    localAuthority: localAuthorityField,
    postcode: postcodeSchema,
    // Which of these are needed depends on the role: checked below.
    sector: optionalChoice(sectorIds, "Select what your business does"),
    sizeBand: optionalChoice(sizeBandIds, "Select how many people work for you"),
    schoolUrn: optionalText({ label: "The school reference number", max: 20 }),
    schoolPhase: optionalChoice(schoolPhaseIds, "Select the type of school"),
    companiesHouseNumber: companiesHouseNumberSchema,
    /** Ticked after sign-up showed organisations that may be this one: make a new one anyway. */
    notADuplicate: checkbox(),
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
  .refine((v) => v.role !== "school" || !v.schoolUrn || SCHOOL_URN.test(v.schoolUrn), {
    path: ["schoolUrn"],
    message: URN_MESSAGE,
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

/** "Sign out everywhere else" on the account page's list of sessions. */
export const signOutOthersSchema = z.object({ intent: z.literal("sign-out-others") });

/** An SME's usual way to meet mentors and go to training (matching uses it). */
export const meetingFormatSchema = z.object({
  intent: z.literal("meeting-format"),
  meetingFormat: choice(meetingFormats, "Choose how your business likes to meet"),
});

/** A declined organisation, having corrected its details, asks staff to check it again. */
export const askAgainSchema = z.object({ intent: z.literal("ask-again") });

/** Reminder emails on or off for this person (in-app notices stay either way). */
export const reminderEmailsSchema = z.object({
  intent: z.literal("reminders"),
  reminderEmails: choice(["on", "off"], "Choose whether you want reminder emails"),
});

/** An admin makes a colleague an admin ("yes") or stops them being one ("no"). Staff use the same form. */
export const setAdminSchema = z.object({
  intent: z.literal("set-admin"),
  userId: z.string().min(1),
  admin: z.enum(["yes", "no"]),
});

/** Where any organisation is: an admin changes it on the account page. */
export const organisationPlaceSchema = z.object({
  intent: z.literal("organisation-place"),
  localAuthority: choice(localAuthorityIds, "Select the area your organisation is in"),
  postcode: postcodeSchema,
});

/** The message when a staff count and a size band disagree, or null when they agree. */
export function staffCountMismatch(staffCount: number, sizeBand: string): string | null {
  const band = sizeBandForStaff(staffCount);
  if (band === sizeBand) return null;
  return `With ${staffCount} staff your business is ${sizeBandName(band)}. Change the size or the number of staff.`;
}

/** A business's details (its peer groups use them): an admin changes them on the account page. */
export const businessDetailsSchema = z
  .object({
    intent: z.literal("business-details"),
    sector: choice(sectorIds, "Select what your business does"),
    sizeBand: choice(sizeBandIds, "Select how many people work for you"),
    staffCount: optionalWholeNumber({
      notNumber: "Enter the number of staff as a whole number, like 12",
      check: between(0, 1_000_000, "Enter the number of staff as a whole number, like 12"),
    }),
    localAuthority: choice(localAuthorityIds, "Select the area your business is in"),
    postcode: postcodeSchema,
  })
  // `when: always`: a mismatch shows with any other problems (the values may be
  // unparsed then, hence the type checks).
  .superRefine(
    (v, ctx) => {
      if (typeof v.staffCount !== "number" || !sizeBandIds.includes(v.sizeBand)) return;
      const message = staffCountMismatch(v.staffCount, v.sizeBand);
      if (message) ctx.addIssue({ code: "custom", path: ["staffCount"], message });
    },
    { when: always },
  );

export const accountActionSchema = z.discriminatedUnion("intent", [
  profileSchema,
  changePasswordSchema,
  changeEmailSchema,
  inviteSchema,
  removeColleagueSchema,
  resendConfirmationSchema,
  meetingFormatSchema,
  askAgainSchema,
  reminderEmailsSchema,
  signOutOthersSchema,
  setAdminSchema,
  organisationPlaceSchema,
  businessDetailsSchema,
]);

export const deleteAccountSchema = z.object({
  confirm: mustTick("Tick the box to confirm you want to delete your account"),
  password: currentPasswordSchema,
});

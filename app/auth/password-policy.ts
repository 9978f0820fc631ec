import { z } from "zod";

// NCSC / NIST guidance: length, not composition rules; allow paste and long
// passphrases. Common passwords are refused on the server (the list is large).
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(1, { error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, { error: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer` });

export const currentPasswordSchema = z
  .string({ error: "Enter your password" })
  .min(1, { error: "Enter your password" })
  .max(PASSWORD_MAX_LENGTH, { error: "Enter your password" });

export const COMMON_PASSWORD_MESSAGE =
  "This password is too common and easy to guess. Choose a different one, for example three random words";

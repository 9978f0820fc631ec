import { z } from "zod";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export {
  COMMON_PASSWORD_MESSAGE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "./password-rules";

export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(1, { error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, {
    error: `Your password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  });

export const currentPasswordSchema = z
  .string({ error: "Enter your password" })
  .min(1, { error: "Enter your password" })
  .max(PASSWORD_MAX_LENGTH, { error: "Enter your password" });

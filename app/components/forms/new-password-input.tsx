import { PASSWORD_MIN_LENGTH } from "~/auth/password-rules";
import { PasswordInput } from "./account-inputs";

// Every form that sets a password states the length rule from password-rules.ts,
// so the hint cannot drift from what the server checks.

/** The length rule, as a hint. */
export const passwordLengthHint = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;

/** The length rule with the advice most new-password fields give. */
export const newPasswordHint = `${passwordLengthHint} Three random words is a good way to make a strong one.`;

/** A field for choosing a new password (the browser may offer to make one). */
export function NewPasswordInput({
  name,
  label,
  hint = newPasswordHint,
}: {
  name: string;
  label: string;
  hint?: string;
}) {
  return <PasswordInput name={name} label={label} hint={hint} autoComplete="new-password" />;
}

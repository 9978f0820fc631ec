import type { ReactNode } from "react";
import { TextInput } from "./fields";

// The email and password fields of the account forms, so that every form
// asks for them the same way (type, autocomplete, no spell check, width).

/** An email address field. `autoComplete="off"` for someone else's address (an invitation). */
export function EmailInput({
  name,
  label,
  hint,
  autoComplete = "email",
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  autoComplete?: "email" | "off";
}) {
  return (
    <TextInput
      name={name}
      label={label}
      hint={hint}
      type="email"
      autoComplete={autoComplete}
      spellCheck={false}
    />
  );
}

/** A password field; `autoComplete` tells the browser whether to fill the saved one or offer a new one. */
export function PasswordInput({
  name,
  label,
  hint,
  autoComplete,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  autoComplete: "current-password" | "new-password";
}) {
  return (
    <TextInput
      name={name}
      label={label}
      hint={hint}
      type="password"
      autoComplete={autoComplete}
      width="20"
    />
  );
}

/** The password the person has now, asked for before a change that needs it. */
export function CurrentPasswordInput({
  name,
  label,
  hint,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
}) {
  return <PasswordInput name={name} label={label} hint={hint} autoComplete="current-password" />;
}

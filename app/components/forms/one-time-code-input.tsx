import type { ReactNode } from "react";
import { TextInput } from "./fields";

/** The code from an authenticator app (or a recovery code): the browser may fill it, never saves it. */
export function OneTimeCodeInput({ label, hint }: { label: string; hint?: ReactNode }) {
  return (
    <TextInput
      name="oneTimeCode"
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      spellCheck={false}
      autoCapitalize="none"
      width="10"
    />
  );
}

import type { Role } from "./roles";

// The rules of two-step sign-in (TOTP, RFC 6238; decision 034). Pure, so the
// server commands and their tests share one home for each rule.

/** Staff see a whole region's data and moderate what reaches schools: they must use it. */
export function twoStepRequiredFor(role: Role): boolean {
  return role === "staff";
}

/** The settings every authenticator app reads from the QR code: RFC 6238's defaults. */
export const totpSettings = { period: 30, digits: 6, algorithm: "SHA-1" } as const;

/** Codes from one step either side of now are accepted, for a phone's clock that is a little out. */
export const TOTP_WINDOW = 1;

/** How many recovery codes a person gets; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/** How long someone has, after the right password, to give the code. */
export const CHALLENGE_MINUTES = 10;

/** The 30-second step a moment falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpSettings.period);
}

/**
 * A code is used once: one for a step at or before the last step accepted is
 * refused, so a code seen over someone's shoulder cannot be used again.
 */
export function stepIsFresh(step: number, lastStep: number): boolean {
  return step > lastStep;
}

export type CodeKind = "app" | "recovery";

/** What was typed: spaces and dashes go, letters become lower case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toLowerCase();
}

/** An app's code is 6 digits; a recovery code is 10 letters and digits. Anything else is neither. */
export function codeKind(typed: string): CodeKind | null {
  const code = normaliseCode(typed);
  if (/^\d{6}$/.test(code)) return "app";
  if (new RegExp(`^[${RECOVERY_ALPHABET}]{10}$`).test(code)) return "recovery";
  return null;
}

/** Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i). */
export const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A recovery code as people read it: two groups of five, "abcde-23456". */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The secret shown for typing into an app by hand, in groups of four. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

// The security events kept for staff and for the person they are about
// (issue 14, ASVS 16.3). Stored in SecurityEvent.event: add, never rename.
export const securityEventLabels = {
  "sign-in.succeeded": "Signed in",
  "sign-in.failed": "Wrong password at sign-in",
  "sign-in.limited": "Sign-in locked for a while after too many tries",
  "sign-in.suspended": "Tried to sign in while suspended",
  "two-step.code-failed": "Wrong two-step code",
  "two-step.limited": "Two-step codes locked for a while after too many tries",
  "two-step.recovery-code-used": "Used a recovery code",
  "two-step.turned-on": "Turned on two-step sign-in",
  "two-step.turned-off": "Turned off two-step sign-in",
  "two-step.new-recovery-codes": "Made new recovery codes",
  "password.changed": "Changed their password",
  "password-reset.done": "Reset their password by email",
  "current-password.failed": "Wrong password when asked again",
  "current-password.limited": "Password checks locked for a while after too many tries",
  "sessions.ended-others": "Signed out everywhere else",
  "request.forbidden": "Was refused a page (403)",
} as const;

export type SecurityEventName = keyof typeof securityEventLabels;

export const securityEventNames = Object.keys(securityEventLabels) as SecurityEventName[];

export function isSecurityEventName(value: string): value is SecurityEventName {
  return value in securityEventLabels;
}

/** A label for any stored event, including ones added later. */
export function securityEventLabel(event: string): string {
  return isSecurityEventName(event) ? securityEventLabels[event] : event;
}

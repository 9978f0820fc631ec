// How long each emailed link works. Client-safe (no `.server`), because pages
// say it too ("Invitations last 7 days"); tokens.server.ts sets expiry from it
// and the emails read it, so the words and the rule cannot drift apart.
import { formatDuration } from "~/time/format";

export type TokenPurpose =
  | "confirm-email"
  | "reset-password"
  | "invite"
  | "change-email"
  // Applicants (no account): the emailed link that confirms the address and
  // opens the application, and the cookie that keeps it open while they answer.
  | "apply"
  | "applicant-session"
  // The link that brings an applicant back to see, withdraw or delete their applications.
  | "application-return"
  // Saved searches by email (issue 18): confirming a signed-out person's alert, and
  // "stop this alert" in each alert email (a new link in every email; each works once).
  | "search-alert-confirm"
  | "search-alert-stop";

const HOUR_MS = 60 * 60 * 1000;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  "confirm-email": 7 * 24 * HOUR_MS,
  "reset-password": HOUR_MS,
  invite: 7 * 24 * HOUR_MS,
  "change-email": 24 * HOUR_MS,
  apply: 24 * HOUR_MS,
  "applicant-session": 4 * HOUR_MS,
  "application-return": 24 * HOUR_MS,
  "search-alert-confirm": 7 * 24 * HOUR_MS,
  "search-alert-stop": 365 * 24 * HOUR_MS,
};

/** How long a link for this purpose works, in words: "1 hour", "24 hours", "7 days". */
export function describeLifetime(purpose: TokenPurpose): string {
  return formatDuration(TOKEN_LIFETIME_MS[purpose]);
}

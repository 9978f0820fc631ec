import { describeLifetime, type TokenPurpose } from "~/auth/token-lifetimes";
import type { Email, EmailCalendar } from "./mailer.server";

// Plain-English emails: one short message, one link, what to do if it was not you.
// How long a link lasts is read from the token rules, never written here.

function linkLifetime(purpose: TokenPurpose) {
  return `The link works once and lasts ${describeLifetime(purpose)}.`;
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function build(
  to: string,
  subject: string,
  paragraphs: string[],
  link?: { href: string; text: string },
): Email {
  const text = [
    ...paragraphs,
    ...(link ? [`${link.text}:\n${link.href}`] : []),
    "SkillsBridge",
  ].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : "",
    "<p>SkillsBridge</p>",
  ].join("\n");
  return { to, subject, text, html };
}

export function confirmEmailMessage(to: string, link: string) {
  return build(
    to,
    "Confirm your email address",
    [
      "Thank you for joining SkillsBridge.",
      `Use the link below to confirm your email address. ${linkLifetime("confirm-email")}`,
      "If you did not make an account, you can ignore this email.",
    ],
    { href: link, text: "Confirm your email address" },
  );
}

export function resetPasswordMessage(to: string, link: string) {
  return build(
    to,
    "Reset your password",
    [
      "Someone asked to reset the password for your SkillsBridge account.",
      `Use the link below to choose a new password. ${linkLifetime("reset-password")}`,
      "If this was not you, you can ignore this email. Your password has not changed.",
    ],
    { href: link, text: "Choose a new password" },
  );
}

export function noAccountMessage(to: string) {
  return build(to, "Reset your password", [
    "Someone asked to reset the password for a SkillsBridge account with this email address.",
    "There is no account with this email address. If this was you, you may have used a different email address. If it was not you, you can ignore this email.",
  ]);
}

export function inviteMessage(
  to: string,
  link: string,
  inviterName: string,
  organisationName: string,
) {
  return build(
    to,
    `Join ${organisationName} on SkillsBridge`,
    [
      `${inviterName} has invited you to join ${organisationName} on SkillsBridge.`,
      `Use the link below to make your account. ${linkLifetime("invite")}`,
      "If you were not expecting this, you can ignore this email.",
    ],
    { href: link, text: `Join ${organisationName}` },
  );
}

export function changeEmailMessage(to: string, link: string) {
  return build(
    to,
    "Confirm your new email address",
    [
      "You asked to change the email address for your SkillsBridge account to this one.",
      `Use the link below to confirm it. ${linkLifetime("change-email")}`,
      "If this was not you, you can ignore this email.",
    ],
    { href: link, text: "Confirm your new email address" },
  );
}

export function emailChangedNotice(to: string, newEmail: string) {
  return build(to, "Your email address has changed", [
    `The email address for your SkillsBridge account is now ${newEmail}.`,
    "If this was not you, contact the partnership team straight away.",
  ]);
}

export function notificationMessage(to: string, subject: string, message: string, link?: string) {
  return build(
    to,
    subject,
    [message],
    link ? { href: link, text: "Open SkillsBridge" } : undefined,
  );
}

/**
 * A message about something in people's calendars (a booking, a session, a
 * placement), with its invite attached when there is one. The invite's text is
 * made by app/calendar; the message says the same in words, so it reads without it.
 */
export function eventMessage(
  to: string,
  subject: string,
  paragraphs: string[],
  link: { href: string; text: string },
  calendar?: EmailCalendar,
): Email {
  const email = build(to, subject, paragraphs, link);
  return calendar ? { ...email, calendar } : email;
}

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

export function notificationMessage(
  to: string,
  subject: string,
  message: string,
  link?: string,
  details: string[] = [],
) {
  return build(
    to,
    subject,
    [message, ...details],
    link ? { href: link, text: "Open SkillsBridge" } : undefined,
  );
}

// Sent instead of saying on the page that an address has an account (no
// enumeration, ASVS 6.3.8): the page answers the same either way.

export function accountExistsNotice(to: string, signInLink: string) {
  return build(
    to,
    "You already have a SkillsBridge account",
    [
      "Someone tried to create a SkillsBridge account with this email address. There is already an account with it, so we did not make a new one.",
      "If this was you, sign in. If you have forgotten your password, you can reset it from the sign-in page.",
      "If it was not you, you can ignore this email. Your account has not changed.",
    ],
    { href: signInLink, text: "Sign in to SkillsBridge" },
  );
}

export function inviteForExistingAccountNotice(
  to: string,
  inviterName: string,
  organisationName: string,
) {
  return build(to, `${inviterName} invited you to ${organisationName} on SkillsBridge`, [
    `${inviterName} tried to invite you to join ${organisationName} on SkillsBridge.`,
    "You already have an account with this email address, and one address can only have one account, so the invitation could not be used. If you want to move, ask them to invite another address, or delete your account first.",
    "If you were not expecting this, you can ignore this email.",
  ]);
}

export function addressInUseNotice(to: string) {
  return build(to, "Someone tried to use your email address", [
    "Someone asked to change the email address of another SkillsBridge account to this one. This address already has an account, so we did not change anything.",
    "If you did not expect this, you can ignore this email. Your account has not changed.",
  ]);
}

// ---------------------------------------------------------------- applications

export function applyLinkMessage(to: string, link: string, title: string, employer: string) {
  return build(
    to,
    `Your application for ${title}`,
    [
      `You asked to apply for ${title} at ${employer} on SkillsBridge.`,
      `Use the link below to confirm your email address and start your application. ${linkLifetime("apply")}`,
      "If this was not you, you can ignore this email. Nothing has been sent to the employer.",
    ],
    { href: link, text: "Start your application" },
  );
}

export function alreadyAppliedMessage(to: string, title: string, employer: string) {
  return build(to, `You have already applied for ${title}`, [
    `Someone asked to apply for ${title} at ${employer} with this email address.`,
    "You have already sent an application for this apprenticeship, so you cannot send another. We will email you when the employer moves it on.",
    "If this was not you, you can ignore this email.",
  ]);
}

export function applicationSentMessage(
  to: string,
  vacancy: { title: string; employer: string; closing: string; hearBy: string },
  returnLink: string,
) {
  return build(
    to,
    `We have sent your application for ${vacancy.title}`,
    [
      `Thank you. Your application for ${vacancy.title} has gone to ${vacancy.employer}.`,
      `What happens next: ${vacancy.employer} will look at applications after the closing date, ${vacancy.closing}. You should hear from them by ${vacancy.hearBy}.`,
      "We will email you each time your application moves on, for example if you are invited to an interview. You can see where it stands, withdraw it or delete it at any time.",
    ],
    { href: returnLink, text: "See your applications" },
  );
}

export function applicationMovedMessage(
  to: string,
  subject: string,
  message: string,
  feedback?: string | null,
) {
  return build(to, subject, [
    message,
    ...(feedback ? [`What the employer said: ${feedback}`] : []),
  ]);
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

/** The employer left SkillsBridge: the application, and any CV, went with its vacancy. */
export function employerLeftApplicantMessage(
  to: string,
  vacancy: { title: string; employer: string },
) {
  return build(to, `Your application for ${vacancy.title} has been deleted`, [
    `${vacancy.employer} has left SkillsBridge. So we have deleted their apprenticeship ${vacancy.title}, and your application for it, with any CV you added.`,
    `If you were talking to ${vacancy.employer} about this job, please contact them yourself.`,
    "Your other applications are not changed.",
  ]);
}

export function applicationReturnMessage(to: string, link: string) {
  return build(
    to,
    "See your applications on SkillsBridge",
    [
      "You asked to see the apprenticeship applications you sent from this email address.",
      `Use the link below to see where each one stands, withdraw it or delete it. ${linkLifetime("application-return")}`,
      "If this was not you, you can ignore this email.",
    ],
    { href: link, text: "See your applications" },
  );
}

export function noApplicationsMessage(to: string) {
  return build(to, "See your applications on SkillsBridge", [
    "Someone asked to see the apprenticeship applications sent from this email address.",
    "We have no applications from this address. If you applied, you may have used a different email address. If this was not you, you can ignore this email.",
  ]);
}

/** A signed-out person saved a search: the link that starts its emails. */
export function confirmSearchAlertMessage(to: string, link: string, name: string) {
  return build(
    to,
    "Confirm your saved search on SkillsBridge",
    [
      `You asked us to email you when new apprenticeships match your search "${name}".`,
      `Use the link below to start these emails. ${linkLifetime("search-alert-confirm")}`,
      "If this was not you, ignore this email. We will not email you again.",
    ],
    { href: link, text: "Start the emails" },
  );
}

/** One saved search's new matches (at most one a day), with the link that stops it. */
export function searchAlertMessage(
  to: string,
  alert: { name: string; searchHref: string; stopHref: string },
  postings: { title: string; href: string }[],
): Email {
  const n = postings.length;
  const email = build(
    to,
    n === 1
      ? `New on SkillsBridge: ${postings[0]?.title ?? ""}`
      : `${n} new matches for "${alert.name}"`,
    [
      `${n === 1 ? "This is new and matches" : `These ${n} are new and match`} your saved search "${alert.name}":`,
      ...postings.map((p) => `${p.title}: ${p.href}`),
      `See the whole search: ${alert.searchHref}`,
      "We send at most one of these emails a day for each saved search.",
    ],
    { href: alert.stopHref, text: "Stop this alert" },
  );
  return { ...email, headers: { "List-Unsubscribe": `<${alert.stopHref}>` } };
}

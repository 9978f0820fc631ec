// A person's own account settings: name, password, email address (with the
// emailed link that confirms it), and how their business likes to meet.
import { securityEvent } from "~/security/events.server";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { endOtherSessions } from "~/auth/session.server";
import { consumeToken, createToken } from "~/auth/tokens.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import {
  addressInUseNotice,
  changeEmailMessage,
  emailChangedNotice,
} from "~/email/templates.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import type { MeetingFormat } from "~/mentoring/options";
import { emailInUse, sendConfirmationEmail } from "./accounts.server";
import { refuseUnlessCurrentPassword } from "./current-password.server";

export async function changeName(userId: string, name: string): Promise<CommandResult> {
  await prisma.user.update({ where: { id: userId }, data: { name } });
  return done();
}

/** A new password signs out every other session of the user (the one asking stays signed in). */
export async function changePassword(
  user: { id: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<CommandResult> {
  const wrong = await refuseUnlessCurrentPassword(user.id, input.currentPassword, address, {
    field: "currentPassword",
    message: "Your current password is not right",
  });
  if (wrong) return wrong;
  if (isCommonPassword(input.newPassword)) return refused(COMMON_PASSWORD_MESSAGE, "newPassword");
  await prisma.password.update({
    where: { userId: user.id },
    data: { hash: await hashPassword(input.newPassword) },
  });
  await endOtherSessions(user.id, user.sessionId);
  await securityEvent("password.changed", user.id);
  return done();
}

/** The address changes only when the link we email to the new address is used (`changeEmailByLink`). */
export async function requestEmailChange(
  user: { id: string; email: string },
  input: { newEmail: string; currentPassword: string },
  address: string,
): Promise<CommandResult> {
  const wrong = await refuseUnlessCurrentPassword(user.id, input.currentPassword, address, {
    field: "currentPassword",
    message: "Your password is not right",
  });
  if (wrong) return wrong;
  if (input.newEmail === user.email)
    return refused("This is already your email address", "newEmail");
  const limit = await takeLimits(pairFor(limits.emailChange, user.id, address));
  if (limit.limited) return refused(limitMessage("email changes", limit.minutes), "newEmail");
  // No enumeration: the page answers the same; the address's owner is told instead.
  if (await emailInUse(input.newEmail)) {
    await sendEmail(addressInUseNotice(input.newEmail));
    logger.info({ event: "email-change.address-in-use", userId: user.id });
    return done();
  }
  const token = await createToken({
    purpose: "change-email",
    email: input.newEmail,
    userId: user.id,
  });
  await sendEmail(
    changeEmailMessage(input.newEmail, `${siteOrigin()}/confirm-email?token=${token}`),
  );
  return done();
}

/** Send a new confirmation link, unless the address is confirmed already. */
export async function resendConfirmation(user: {
  id: string;
  email: string;
  emailConfirmedAt: Date | null;
}): Promise<CommandResult> {
  if (user.emailConfirmedAt) return refused("Your email address is already confirmed.");
  await sendConfirmationEmail({ id: user.id, email: user.email });
  return done();
}

/** Use a confirm-email link. Not found when the token is unknown, used or expired. */
export async function confirmEmailByLink(token: string, now = new Date()): Promise<CommandResult> {
  const confirmed = await consumeToken("confirm-email", token, now);
  if (!confirmed?.userId) return notFound();
  // The address in the where: a link sent to an address the user has since changed confirms nothing.
  await prisma.user.updateMany({
    where: { id: confirmed.userId, email: confirmed.email },
    data: { emailConfirmedAt: now },
  });
  return done();
}

/**
 * Use a change-email link: the account takes the new address, and the old one
 * is told. Refused when another account took the address meanwhile.
 */
export async function changeEmailByLink(
  token: string,
  now = new Date(),
): Promise<CommandResult<{ email: string }>> {
  const change = await consumeToken("change-email", token, now);
  if (!change?.userId) return notFound();
  if (await emailInUse(change.email)) {
    return refused(
      "That email address is already used by another account, so we did not change it.",
    );
  }
  const before = await prisma.user.findUnique({
    where: { id: change.userId },
    select: { email: true },
  });
  await prisma.user.update({
    where: { id: change.userId },
    data: { email: change.email, emailConfirmedAt: now },
  });
  if (before) await sendEmail(emailChangedNotice(before.email, change.email));
  return done({ email: change.email });
}

/** Anyone in a business can set how it likes to meet; the route checks that the person is in one. */
export async function setMeetingFormat(
  organisationId: string,
  meetingFormat: MeetingFormat,
): Promise<CommandResult> {
  await prisma.organisation.update({ where: { id: organisationId }, data: { meetingFormat } });
  return done();
}

/** Turn this person's reminder emails on or off; their in-app notices stay. */
export async function setReminderEmails(userId: string, on: boolean): Promise<CommandResult> {
  await prisma.user.update({ where: { id: userId }, data: { reminderEmails: on } });
  return done();
}

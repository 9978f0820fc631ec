// "I have forgotten my password": the emailed link, and the new password it lets
// someone choose.
import { securityEvent } from "~/security/events.server";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { clearAccountFailures } from "~/auth/rate-limit.server";
import { endOtherSessions } from "~/auth/session.server";
import { consumeToken, createToken } from "~/auth/tokens.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import {
  clearAccountHits,
  limitMessage,
  limits,
  pairFor,
  takeLimits,
} from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { noAccountMessage, resetPasswordMessage } from "~/email/templates.server";

/**
 * Email a reset link, or tell the address that it has no account. The page
 * says the same whichever happened, so this answers done unless the limit
 * per address typed or per client is reached (decision 021), which is the
 * same for an address with or without an account. A suspended account gets
 * nothing: a reset must not lift a suspension.
 */
export async function requestPasswordReset(email: string, address: string): Promise<CommandResult> {
  const limit = await takeLimits(pairFor(limits.passwordReset, email, address));
  if (limit.limited) {
    logger.warn({ event: "password-reset.limited", minutes: limit.minutes });
    return refused(limitMessage("requests for a reset link", limit.minutes), "email");
  }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, suspendedAt: true },
  });
  if (user && !user.suspendedAt) {
    const token = await createToken({ purpose: "reset-password", email, userId: user.id });
    await sendEmail(resetPasswordMessage(email, `${siteOrigin()}/reset-password?token=${token}`));
    logger.info({ event: "password-reset.requested", userId: user.id });
  } else if (!user) {
    await sendEmail(noAccountMessage(email));
  }
  return done();
}

/**
 * Choose a new password with a reset link. It ends every session of the
 * account and lifts any sign-in limit on it. Refused with the field
 * "password" for a common password; refused without a field when the link
 * has expired or was used.
 */
export async function resetPassword(token: string, password: string): Promise<CommandResult> {
  if (isCommonPassword(password)) return refused(COMMON_PASSWORD_MESSAGE, "password");
  const used = await consumeToken("reset-password", token);
  if (!used?.userId)
    return refused("That link has expired or has already been used. Ask for a new one below.");
  const hash = await hashPassword(password);
  await prisma.password.upsert({
    where: { userId: used.userId },
    update: { hash },
    create: { userId: used.userId, hash },
  });
  await endOtherSessions(used.userId);
  await clearAccountFailures(used.email);
  await clearAccountHits(limits.currentPassword.perAccount, used.userId);
  await securityEvent("password-reset.done", used.userId);
  return done();
}

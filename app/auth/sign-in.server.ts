import { dummyPasswordHash, verifyPassword } from "./password.server";
import {
  checkSignInLimit,
  clearAccountFailures,
  recordSignInFailure,
  signInLimitMessage,
} from "./rate-limit.server";
import { recordAudit } from "~/audit/audit.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { logger } from "~/logger.server";

export const WRONG_SIGN_IN_MESSAGE =
  "The email address or password is not right. Check them and try again.";
export const SUSPENDED_MESSAGE =
  "Your account has been suspended. Contact the partnership team if you think this is a mistake.";

/**
 * Check an email address and password, with the sign-in limits per account
 * and per address. Every refusal is on the email field. Done gives the user
 * to start a session for; the route makes the cookie.
 */
export async function checkSignIn(
  email: string,
  password: string,
  address: string,
): Promise<CommandResult<{ userId: string }>> {
  const limit = await checkSignInLimit(email, address);
  if (limit.limited) {
    logger.warn({ event: "sign-in.limited", minutes: limit.minutes });
    return refused(signInLimitMessage(limit.minutes), "email");
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      role: true,
      suspendedAt: true,
      password: { select: { hash: true } },
    },
  });
  // Verify against a dummy hash when there is no account, so timing gives nothing away.
  const ok = await verifyPassword(user?.password?.hash ?? (await dummyPasswordHash()), password);
  if (!user || !user.password || !ok) {
    await recordSignInFailure(email, address);
    logger.info({ event: "sign-in.failed", userId: user?.id ?? null });
    return refused(WRONG_SIGN_IN_MESSAGE, "email");
  }
  if (user.suspendedAt) {
    logger.info({ event: "sign-in.suspended", userId: user.id });
    return refused(SUSPENDED_MESSAGE, "email");
  }
  await clearAccountFailures(email);
  // Staff can change who can do what, so each staff sign-in is on the audit trail.
  if (user.role === "staff") {
    await recordAudit(user, {
      action: "staff.sign-in",
      targetType: "user",
      targetId: user.id,
      targetLabel: user.email,
    });
  }
  logger.info({ event: "sign-in.succeeded", userId: user.id });
  return done({ userId: user.id });
}

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
import { securityEvent } from "~/security/events.server";
import type { Role } from "./roles";

export const WRONG_SIGN_IN_MESSAGE =
  "The email address or password is not right. Check them and try again.";
export const SUSPENDED_MESSAGE =
  "Your account has been suspended. Contact the partnership team if you think this is a mistake.";

/**
 * Check an email address and password, with the sign-in limits per account
 * and per address. Every refusal is on the email field. Done gives the user
 * and whether they still need to give a two-step code (then no session yet:
 * the route starts a challenge, `sign-in-challenge.server.ts`).
 */
export async function checkSignIn(
  email: string,
  password: string,
  address: string,
): Promise<CommandResult<{ userId: string; needsCode: boolean }>> {
  const limit = await checkSignInLimit(email, address);
  if (limit.limited) {
    const known = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    await securityEvent("sign-in.limited", known?.id ?? null, { minutes: limit.minutes }, "warn");
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
      twoStep: { select: { confirmedAt: true } },
    },
  });
  // Verify against a dummy hash when there is no account, so timing gives nothing away.
  const ok = await verifyPassword(user?.password?.hash ?? (await dummyPasswordHash()), password);
  if (!user || !user.password || !ok) {
    await recordSignInFailure(email, address);
    await securityEvent("sign-in.failed", user?.id ?? null);
    return refused(WRONG_SIGN_IN_MESSAGE, "email");
  }
  if (user.suspendedAt) {
    await securityEvent("sign-in.suspended", user.id);
    return refused(SUSPENDED_MESSAGE, "email");
  }
  await clearAccountFailures(email);
  if (user.twoStep?.confirmedAt) return done({ userId: user.id, needsCode: true });
  await finishSignIn(user);
  return done({ userId: user.id, needsCode: false });
}

/** Every step of signing in has passed: the audit row for staff and the security event. */
export async function finishSignIn(user: { id: string; email: string; role: Role }) {
  // Staff can change who can do what, so each staff sign-in is on the audit trail.
  if (user.role === "staff") {
    await recordAudit(user, {
      action: "staff.sign-in",
      targetType: "user",
      targetId: user.id,
      targetLabel: user.email,
    });
  }
  await securityEvent("sign-in.succeeded", user.id);
}

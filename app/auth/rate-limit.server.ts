import { prisma } from "~/db.server";

// At most 10 failed sign-ins in 15 minutes per account and per address. The
// window slides, so a limit always ends; and a password reset clears the
// account's counter, so nobody can lock someone else out for good.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_FAILURES = 10;

export function accountKey(email: string) {
  return `account:${email.trim().toLowerCase()}`;
}
export function addressKey(address: string) {
  return `address:${address}`;
}

function windowStart(now: Date) {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60 * 1000);
}

export type SignInLimit = { limited: false } | { limited: true; minutes: number };

/** Is either counter at its limit? If so, how many minutes until it lifts. */
export async function checkSignInLimit(
  email: string,
  address: string,
  now = new Date(),
): Promise<SignInLimit> {
  const since = windowStart(now);
  let wait = 0;
  for (const key of [accountKey(email), addressKey(address)]) {
    const failures = await prisma.signInFailure.findMany({
      where: { key, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: SIGN_IN_MAX_FAILURES,
    });
    if (failures.length >= SIGN_IN_MAX_FAILURES) {
      // The limit lifts when the oldest of the last 10 failures leaves the window.
      const oldest = failures[failures.length - 1]!.createdAt;
      const liftsAt = oldest.getTime() + SIGN_IN_WINDOW_MINUTES * 60 * 1000;
      wait = Math.max(wait, Math.ceil((liftsAt - now.getTime()) / 60000));
    }
  }
  return wait > 0 ? { limited: true, minutes: Math.max(1, wait) } : { limited: false };
}

export async function recordSignInFailure(email: string, address: string, now = new Date()) {
  await prisma.signInFailure.createMany({
    data: [
      { key: accountKey(email), createdAt: now },
      { key: addressKey(address), createdAt: now },
    ],
  });
}

export async function clearAccountFailures(email: string) {
  await prisma.signInFailure.deleteMany({ where: { key: accountKey(email) } });
}

export async function deleteOldSignInFailures(now = new Date()) {
  const { count } = await prisma.signInFailure.deleteMany({
    where: { createdAt: { lte: windowStart(now) } },
  });
  return count;
}

export function signInLimitMessage(minutes: number) {
  return `There have been too many tries to sign in. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"} and try again, or reset your password.`;
}

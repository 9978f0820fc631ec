import crypto from "node:crypto";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { hashToken } from "./tokens.server";
import { CHALLENGE_MINUTES } from "./two-step";
import { checkCode } from "./two-step.server";
import { finishSignIn } from "./sign-in.server";

// Half signed in (decision 034): the password was right and two-step sign-in
// is on, so the person holds a challenge, not a session. Its cookie names a
// row (kept as the token's hash) that grants nothing but the code page, ends
// after CHALLENGE_MINUTES and is used once.

export const CHALLENGE_COOKIE_NAME = siteOrigin().startsWith("https:")
  ? "__Host-sb_sign_in"
  : "sb_sign_in";

function cookie(value: string, maxAgeSeconds: number) {
  return `${CHALLENGE_COOKIE_NAME}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
}

/** The Set-Cookie value that ends a challenge in the browser. */
export const clearChallengeCookie = () => cookie("", 0);

/** Read our cookie ourselves: a broken percent-escape in any cookie must not throw (see sessionIdFrom). */
function challengeTokenFrom(request: Request): string | null {
  for (const pair of (request.headers.get("Cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === CHALLENGE_COOKIE_NAME) {
      const value = pair.slice(at + 1).trim();
      return /^[a-f0-9]{64}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** Start a challenge for `userId`; returns the Set-Cookie value. Older challenges of theirs end. */
export async function startChallenge(userId: string, redirectTo: string, now = new Date()) {
  const token = crypto.randomBytes(32).toString("hex");
  await prisma.$transaction([
    prisma.signInChallenge.deleteMany({ where: { userId } }),
    prisma.signInChallenge.create({
      data: {
        id: hashToken(token),
        userId,
        redirectTo,
        expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
      },
      select: { id: true },
    }),
  ]);
  return cookie(token, CHALLENGE_MINUTES * 60);
}

/** The challenge this request holds, while it lasts. */
export async function currentChallenge(request: Request, now = new Date()) {
  const token = challengeTokenFrom(request);
  if (!token) return null;
  return prisma.signInChallenge.findFirst({
    where: { id: hashToken(token), expiresAt: { gt: now } },
    select: { id: true, userId: true, redirectTo: true },
  });
}

export const CHALLENGE_ENDED_MESSAGE = "Your sign-in has timed out. Sign in again.";

/**
 * The second step: a right code ends the challenge and gives the user to
 * start a session for. Wrong codes are limited per account and per client.
 */
export async function completeChallenge(
  request: Request,
  typed: string,
  address: string,
): Promise<
  CommandResult<{
    userId: string;
    redirectTo: string;
    usedRecoveryCode: boolean;
    codesLeft: number;
  }>
> {
  const challenge = await currentChallenge(request);
  if (!challenge) return refused(CHALLENGE_ENDED_MESSAGE, "oneTimeCode");
  const checked = await checkCode(challenge.userId, typed, address);
  if (checked.status !== "done") return checked;
  // Used once: a second request with the same cookie finds nothing.
  const { count } = await prisma.signInChallenge.deleteMany({ where: { id: challenge.id } });
  if (count !== 1) return refused(CHALLENGE_ENDED_MESSAGE, "oneTimeCode");
  const user = await prisma.user.findUnique({
    where: { id: challenge.userId },
    select: { id: true, email: true, role: true, suspendedAt: true },
  });
  if (!user || user.suspendedAt) return refused(CHALLENGE_ENDED_MESSAGE, "oneTimeCode");
  await finishSignIn(user);
  return done({
    userId: user.id,
    redirectTo: challenge.redirectTo,
    usedRecoveryCode: checked.value.kind === "recovery",
    codesLeft: checked.value.codesLeft,
  });
}

/** Housekeeping: challenges past their end. */
export async function deleteEndedChallenges(now = new Date()) {
  const { count } = await prisma.signInChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

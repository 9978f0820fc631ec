// "Give your password again" before a change to the account itself (a new
// password, a new email address, deleting the account). Wrong answers are
// limited per account and per client address (decision 021), so a stolen
// session cannot be used to guess the password; once limited, even the right
// password waits.
import { refused } from "~/command-result";
import {
  checkLimits,
  clearAccountHits,
  limitMessage,
  limits,
  pairFor,
  recordHit,
} from "~/limits/limiter.server";
import { securityEvent } from "~/security/events.server";
import { isCurrentPassword } from "./accounts.server";

/** Null when `password` is the user's own; otherwise the refusal to answer with, on `field`. */
export async function refuseUnlessCurrentPassword(
  userId: string,
  password: string,
  address: string,
  refusal: { field: string; message: string },
) {
  const checks = pairFor(limits.currentPassword, userId, address);
  const state = await checkLimits(checks);
  if (state.limited) {
    await securityEvent("current-password.limited", userId, { minutes: state.minutes }, "warn");
    return refused(
      `${limitMessage("wrong passwords", state.minutes)} If you have forgotten your password, sign out and reset it.`,
      refusal.field,
    );
  }
  if (await isCurrentPassword(userId, password)) {
    await clearAccountHits(limits.currentPassword.perAccount, userId);
    return null;
  }
  await recordHit(checks);
  await securityEvent("current-password.failed", userId);
  return refused(refusal.message, refusal.field);
}

import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import {
  SIGN_IN_MAX_FAILURES,
  checkSignInLimit,
  clearAccountFailures,
  deleteOldSignInFailures,
  recordSignInFailure,
  signInLimitMessage,
} from "./rate-limit.server";

const minutes = (n: number) => n * 60_000;

describe("sign-in rate limit: 10 failures in 15 minutes, per account and per address", () => {
  beforeEach(async () => {
    await prisma.signInFailure.deleteMany({});
  });

  test("9 failures still allow a try; the 10th limits the account", async () => {
    const now = new Date();
    for (let i = 0; i < SIGN_IN_MAX_FAILURES - 1; i++)
      await recordSignInFailure("a@x.test", `10.0.0.${i}`, now);
    expect(await checkSignInLimit("a@x.test", "10.9.9.9", now)).toEqual({ limited: false });
    await recordSignInFailure("a@x.test", "10.0.0.99", now);
    expect(await checkSignInLimit("a@x.test", "10.9.9.9", now)).toEqual({
      limited: true,
      minutes: 15,
    });
  });

  test("10 failures from one address limit every account tried from it", async () => {
    const now = new Date();
    for (let i = 0; i < 10; i++) await recordSignInFailure(`user${i}@x.test`, "192.0.2.1", now);
    expect((await checkSignInLimit("someone-else@x.test", "192.0.2.1", now)).limited).toBe(true);
    expect((await checkSignInLimit("someone-else@x.test", "192.0.2.2", now)).limited).toBe(false);
  });

  test("the window slides: the limit lifts when the oldest failure is 15 minutes old", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 10; i++)
      await recordSignInFailure("b@x.test", "198.51.100.1", new Date(start.getTime() + minutes(i)));
    const afterLast = new Date(start.getTime() + minutes(9));
    expect(await checkSignInLimit("b@x.test", "203.0.113.1", afterLast)).toEqual({
      limited: true,
      minutes: 6,
    });
    const later = new Date(start.getTime() + minutes(15) + 1000);
    expect((await checkSignInLimit("b@x.test", "203.0.113.1", later)).limited).toBe(false);
  });

  test("a password reset clears the account's counter, so a lock-out cannot be forced for good", async () => {
    const now = new Date();
    for (let i = 0; i < 10; i++) await recordSignInFailure("c@x.test", `10.1.0.${i}`, now);
    await clearAccountFailures("C@X.test");
    expect((await checkSignInLimit("c@x.test", "10.2.0.1", now)).limited).toBe(false);
  });

  test("old failures are deleted by housekeeping", async () => {
    const now = new Date();
    await recordSignInFailure("d@x.test", "10.3.0.1", new Date(now.getTime() - minutes(20)));
    await recordSignInFailure("d@x.test", "10.3.0.1", now);
    expect(await deleteOldSignInFailures(now)).toBe(2);
    expect(await prisma.signInFailure.count()).toBe(2);
  });

  test("the message is plain and says when to try again", () => {
    expect(signInLimitMessage(1)).toBe(
      "There have been too many tries to sign in. Wait 1 minute and try again, or reset your password.",
    );
    expect(signInLimitMessage(15)).toContain("Wait 15 minutes");
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import {
  checkLimits,
  deleteOldLimitHits,
  limitKey,
  recordHit,
  takeLimits,
  type Limit,
} from "./limiter.server";

const limit: Limit = { name: "unit", max: 3, windowMinutes: 10 };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes));

describe("the database limiter", () => {
  test("allows max tries in the window, then says how long to wait; the window slides", async () => {
    const checks: [Limit, { address: string }][] = [[limit, { address: "192.0.2.10" }]];
    expect(await takeLimits(checks, at(0))).toEqual({ limited: false });
    expect(await takeLimits(checks, at(1))).toEqual({ limited: false });
    expect(await takeLimits(checks, at(2))).toEqual({ limited: false });
    expect(await takeLimits(checks, at(3))).toEqual({ limited: true, minutes: 7 });
    // A refused try is not counted, so the wait does not grow.
    expect(await takeLimits(checks, at(4))).toEqual({ limited: true, minutes: 6 });
    expect(await takeLimits(checks, at(10))).toEqual({ limited: false });
    expect(
      await prisma.rateLimitHit.count({ where: { key: limitKey(limit, checks[0]![1]) } }),
    ).toBe(4);
  });

  test("accounts and addresses count apart; either one at its limit refuses", async () => {
    const account = { account: "Someone@Example.test" };
    const other = { address: "192.0.2.11" };
    await recordHit([[limit, account]], at(20));
    await recordHit([[limit, { account: "someone@example.test " }]], at(21));
    await recordHit([[limit, account]], at(22));
    expect(limitKey(limit, account)).toBe("unit:account:someone@example.test");
    expect(await checkLimits([[limit, other]], at(23))).toEqual({ limited: false });
    expect(
      await checkLimits(
        [
          [limit, account],
          [limit, other],
        ],
        at(23),
      ),
    ).toEqual({
      limited: true,
      minutes: 7,
    });
  });

  test("holds across processes: a hit written by another connection counts", async () => {
    const subject = { address: "192.0.2.12" };
    await prisma.$executeRaw`INSERT INTO "RateLimitHit" ("id", "key", "createdAt")
      VALUES ('a', ${limitKey(limit, subject)}, ${at(30).toISOString().replace("Z", "+00:00")}),
             ('b', ${limitKey(limit, subject)}, ${at(30).toISOString().replace("Z", "+00:00")}),
             ('c', ${limitKey(limit, subject)}, ${at(30).toISOString().replace("Z", "+00:00")})`;
    expect((await checkLimits([[limit, subject]], at(31))).limited).toBe(true);
  });

  test("housekeeping removes hits older than every window", async () => {
    await recordHit([[limit, { address: "192.0.2.13" }]], at(0));
    const removed = await deleteOldLimitHits(new Date(at(0).getTime() + 25 * 60 * 60_000));
    expect(removed).toBeGreaterThan(0);
    expect(await prisma.rateLimitHit.count({ where: { createdAt: { lte: at(0) } } })).toBe(0);
  });
});

import { describe, expect, test } from "vitest";
import { APPLY_LIMITS, ApplyLimiter, SlidingWindowLimiter } from "./limits";

const t0 = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("the sliding window", () => {
  test("allows up to the limit, then refuses until the oldest try leaves the window", () => {
    const limiter = new SlidingWindowLimiter(1000, 2);
    limiter.hit("k", t0);
    limiter.hit("k", later(500));
    expect(limiter.allows("k", later(900))).toBe(false);
    expect(limiter.allows("k", later(1001))).toBe(true);
  });
});

describe("starting applications", () => {
  test(`${APPLY_LIMITS.perEmail} links an hour to one email address, whatever its case`, () => {
    const limiter = new ApplyLimiter();
    for (let i = 0; i < APPLY_LIMITS.perEmail; i++) {
      expect(limiter.take(i % 2 ? "Sam@Example.com" : "sam@example.com", `10.0.0.${i}`, t0)).toBe(
        true,
      );
    }
    expect(limiter.take("sam@example.com", "10.0.0.99", t0)).toBe(false);
    expect(limiter.take("sam@example.com", "10.0.0.99", later(APPLY_LIMITS.windowMs + 1))).toBe(
      true,
    );
  });

  test(`${APPLY_LIMITS.perAddress} links an hour from one network address, to any addresses`, () => {
    const limiter = new ApplyLimiter();
    for (let i = 0; i < APPLY_LIMITS.perAddress; i++) {
      expect(limiter.take(`person${i}@example.com`, "10.0.0.1", t0)).toBe(true);
    }
    expect(limiter.take("someone-new@example.com", "10.0.0.1", t0)).toBe(false);
    expect(limiter.take("someone-new@example.com", "10.0.0.2", t0)).toBe(true);
  });

  test("a refused try does not count against the other limit", () => {
    const limiter = new ApplyLimiter();
    for (let i = 0; i < APPLY_LIMITS.perEmail; i++) limiter.take("a@example.com", "10.0.0.1", t0);
    for (let i = 0; i < 5; i++) limiter.take("a@example.com", "10.0.0.1", t0);
    // 3 counted from the address, not 8
    for (let i = 0; i < APPLY_LIMITS.perAddress - APPLY_LIMITS.perEmail; i++) {
      expect(limiter.take(`b${i}@example.com`, "10.0.0.1", t0)).toBe(true);
    }
    expect(limiter.take("c@example.com", "10.0.0.1", t0)).toBe(false);
  });
});

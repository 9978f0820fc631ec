import { describe, expect, test } from "vitest";
import { sessionHasEnded } from "./session-lifetimes";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("session lifetimes", () => {
  test("a member's session ends after 7 idle days or 30 days in all", () => {
    expect(sessionHasEnded("sme", { createdAt: ago(60), lastSeenAt: ago(1) }, now)).toBe(false);
    expect(sessionHasEnded("sme", { createdAt: ago(60), lastSeenAt: ago(7 * 1440 + 1) }, now)).toBe(
      true,
    );
    expect(
      sessionHasEnded("school", { createdAt: ago(30 * 1440 + 1), lastSeenAt: ago(1) }, now),
    ).toBe(true);
  });

  test("a member of staff's ends after an idle hour or 12 hours in all", () => {
    expect(sessionHasEnded("staff", { createdAt: ago(120), lastSeenAt: ago(59) }, now)).toBe(false);
    expect(sessionHasEnded("staff", { createdAt: ago(120), lastSeenAt: ago(61) }, now)).toBe(true);
    expect(sessionHasEnded("staff", { createdAt: ago(12 * 60 + 1), lastSeenAt: ago(1) }, now)).toBe(
      true,
    );
  });
});

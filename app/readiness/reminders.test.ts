import { describe, expect, test } from "vitest";
import { monthsBefore, readinessPrompt } from "./reminders";

const now = new Date("2026-05-20T12:00:00Z");

describe("the readiness prompt on the SME home page", () => {
  test("a check in progress asks the firm to continue, even with a recent result", () => {
    const prompt = readinessPrompt(
      { latest: { submittedAt: now }, inProgress: { updatedAt: now } },
      now,
    );
    expect(prompt?.label).toBe("Continue your readiness check");
  });

  test("a firm with no check is asked to take one", () => {
    expect(readinessPrompt({ latest: null, inProgress: null }, now)?.label).toBe(
      "Take the readiness check",
    );
  });

  test("a result from 5 months ago needs no prompt", () => {
    expect(
      readinessPrompt(
        { latest: { submittedAt: new Date("2025-12-20T12:00:00Z") }, inProgress: null },
        now,
      ),
    ).toBeNull();
  });

  test("a result from exactly 6 months ago needs no prompt yet", () => {
    expect(
      readinessPrompt(
        { latest: { submittedAt: new Date("2025-11-20T12:00:00Z") }, inProgress: null },
        now,
      ),
    ).toBeNull();
  });

  test("a result more than 6 months old asks the firm to take the check again", () => {
    const prompt = readinessPrompt(
      { latest: { submittedAt: new Date("2025-11-19T12:00:00Z") }, inProgress: null },
      now,
    );
    expect(prompt?.label).toBe("Take the readiness check again");
    expect(prompt?.text).toContain("more than 6 months ago");
  });

  test("months are calendar months", () => {
    expect(monthsBefore(now, 6).toISOString()).toBe("2025-11-20T12:00:00.000Z");
  });
});

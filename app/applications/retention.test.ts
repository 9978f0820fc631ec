import { describe, expect, test } from "vitest";
import { closedBefore, keptUntil } from "./retention";

const at = (iso: string) => new Date(iso);

describe("how long applications are kept", () => {
  test("six months after the closing day", () => {
    expect(keptUntil({ closingDate: "2026-06-15T00:00:00Z", applicationsClosedAt: null }, 6)).toBe(
      "2026-12-15",
    );
  });

  test("closing early starts the clock early; a late 'closed early' does not stretch it", () => {
    const vacancy = {
      closingDate: "2026-06-15T00:00:00Z",
      applicationsClosedAt: "2026-05-02T09:00:00Z",
    };
    expect(keptUntil(vacancy, 6)).toBe("2026-11-02");
    expect(keptUntil({ ...vacancy, applicationsClosedAt: "2026-07-01T09:00:00Z" }, 6)).toBe(
      "2026-12-15",
    );
  });

  test("the day the housekeeping job deletes from agrees with the day kept until", () => {
    const vacancy = { closingDate: "2026-06-15T00:00:00Z", applicationsClosedAt: null };
    // Kept on 15 December; gone on the 16th.
    expect("2026-06-15" < closedBefore(at("2026-12-15T12:00:00Z"), 6)).toBe(false);
    expect("2026-06-15" < closedBefore(at("2026-12-16T08:00:00Z"), 6)).toBe(true);
    expect(keptUntil(vacancy, 6)).toBe("2026-12-15");
    // London's day, not UTC's: 23:30 UTC in summer is already the next day.
    expect(closedBefore(at("2027-06-15T23:30:00Z"), 6)).toBe("2026-12-16");
  });
});

import { describe, expect, test } from "vitest";
import {
  flaggedLatest,
  newestInProgress,
  newestSubmitted,
  submittedBefore,
  type ListedCheck,
} from "./check-list";

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 9));
type Check = ListedCheck & { id: string };
const sent = (id: string, n: number | null, isLatest = false): Check => ({
  id,
  status: "submitted",
  isLatest,
  startedAt: day(1),
  submittedAt: n === null ? null : day(n),
});
const open = (id: string, n: number): Check => ({
  id,
  status: "in-progress",
  isLatest: false,
  startedAt: day(n),
  submittedAt: null,
});

const checks = [
  sent("first", 3),
  open("draft-old", 5),
  sent("third", 20, true),
  sent("second", 10),
  open("draft", 25),
];

describe("picking from an organisation's checks", () => {
  test("the newest submitted check is the latest result; checks in progress do not count", () => {
    expect(newestSubmitted(checks)?.id).toBe("third");
    expect(newestSubmitted([open("draft", 2)])).toBeNull();
  });

  test("the check before a result is the newest sent strictly before it", () => {
    expect(submittedBefore(checks, day(20))?.id).toBe("second");
    expect(submittedBefore(checks, day(10))?.id).toBe("first");
    expect(submittedBefore(checks, day(3))).toBeNull();
  });

  test("the newest check in progress is the one carried on with", () => {
    expect(newestInProgress(checks)?.id).toBe("draft");
    expect(newestInProgress([sent("only", 1)])).toBeNull();
  });

  test("the flagged latest check is the one the peer groups and matching use", () => {
    expect(flaggedLatest(checks)?.id).toBe("third");
    expect(flaggedLatest([sent("unflagged", 4)])).toBeNull();
  });

  test("a missing date sorts last, as SQLite sorts NULL in a descending order", () => {
    expect(newestSubmitted([sent("undated", null), sent("dated", 2)])?.id).toBe("dated");
    expect(newestSubmitted([sent("undated", null)])?.id).toBe("undated");
    expect(submittedBefore([sent("undated", null)], day(9))).toBeNull();
  });
});

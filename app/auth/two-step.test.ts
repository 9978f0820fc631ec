import { describe, expect, test } from "vitest";
import {
  codeKind,
  formatRecoveryCode,
  groupSecret,
  normaliseCode,
  stepIsFresh,
  totpStep,
  twoStepRequiredFor,
} from "./two-step";

describe("two-step rules", () => {
  test("staff must use two-step sign-in; everyone else may", () => {
    expect(twoStepRequiredFor("staff")).toBe(true);
    for (const role of ["sme", "school", "board"] as const) {
      expect(twoStepRequiredFor(role)).toBe(false);
    }
  });

  test("a step is 30 seconds long", () => {
    expect(totpStep(new Date(0))).toBe(0);
    expect(totpStep(new Date(29_999))).toBe(0);
    expect(totpStep(new Date(30_000))).toBe(1);
  });

  test("a code for the last step accepted, or an earlier one, is refused", () => {
    expect(stepIsFresh(101, 100)).toBe(true);
    expect(stepIsFresh(100, 100)).toBe(false);
    expect(stepIsFresh(99, 100)).toBe(false);
  });

  test("6 digits are an app's code, with spaces allowed", () => {
    expect(codeKind("123 456")).toBe("app");
    expect(codeKind("12345")).toBe(null);
    expect(codeKind("1234567")).toBe(null);
  });

  test("a recovery code is read without its dash and in any case", () => {
    expect(codeKind("ABCDE-23456")).toBe("recovery");
    expect(normaliseCode("ABCDE-23456")).toBe("abcde23456");
    // 0, 1, i, l and o are never in a recovery code.
    expect(codeKind("abcde-23450")).toBe(null);
    expect(codeKind("")).toBe(null);
  });

  test("codes and secrets are shown in groups", () => {
    expect(formatRecoveryCode("abcde23456")).toBe("abcde-23456");
    expect(groupSecret("ABCDEFGHIJKLMNOP")).toBe("ABCD EFGH IJKL MNOP");
  });
});

import { describe, expect, test } from "vitest";
import { formatPence, formatWholePounds, parsePoundsToPence, penceToPoundsText } from "./money";

describe("reading an amount typed in pounds", () => {
  test.each([
    ["300.50", 30050],
    ["300.5", 30050],
    ["300", 30000],
    ["£240", 24000],
    ["£ 240.00", 24000],
    ["1,250.75", 125075],
    ["5,000,000", 500_000_000],
    [" 0.01 ", 1],
  ])("%j is %i pence", (typed, pence) => {
    expect(parsePoundsToPence(typed)).toBe(pence);
  });

  test.each(["", "abc", "300.505", "-5", "1,25", "3 00", "£", "1e3", "300."])(
    "%j is not an amount of money",
    (typed) => {
      expect(parsePoundsToPence(typed)).toBeNull();
    },
  );
});

describe("showing money", () => {
  test("pence are shown as pounds with two decimal places", () => {
    expect(formatPence(24000)).toBe("£240.00");
    expect(formatPence(22650)).toBe("£226.50");
    expect(formatPence(755)).toBe("£7.55");
    expect(formatPence(125075)).toBe("£1,250.75");
  });

  test("large whole amounts are shown without pence", () => {
    expect(formatWholePounds(5_000_000)).toBe("£5,000,000");
  });

  test("pence go back into a form as pounds text", () => {
    expect(penceToPoundsText(30050)).toBe("300.50");
    expect(penceToPoundsText(5)).toBe("0.05");
    expect(penceToPoundsText(10005)).toBe("100.05");
  });
});

import { describe, expect, test } from "vitest";
import { safeRedirect } from "./safe-redirect";

// Targets seen in open-redirect write-ups and the penetration test: each must
// fall back to "/" (or the given fallback).
const hostile = [
  "//evil.example",
  "///evil.example",
  "/\t/evil.example",
  "/%09/evil.example".replace("%09", "\t"),
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\r/evil.example",
  "/\u2028/evil.example",
  "/\u2029/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  "/\u00a0/evil.example",
  "/\ufeff/evil.example",
  "/ /evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "https://evil.example",
  "http:evil.example",
  "https:/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  " /account",
  "",
  "/" + "a".repeat(2001),
  "/account\r\nSet-Cookie: x=1",
];

describe("safeRedirect", () => {
  test.each(hostile)("refuses %j", (to) => {
    expect(safeRedirect(to)).toBe("/");
    expect(safeRedirect(to, "/sign-in")).toBe("/sign-in");
  });

  test("refuses what is not a string", () => {
    for (const to of [undefined, null, 1, ["/account"], { to: "/account" }]) {
      expect(safeRedirect(to)).toBe("/");
    }
  });

  test("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirect("/account")).toBe("/account");
    expect(safeRedirect("/staff/audit?page=2&actor=x")).toBe("/staff/audit?page=2&actor=x");
    expect(safeRedirect("/readiness/results/abc#top")).toBe("/readiness/results/abc#top");
    expect(safeRedirect("/")).toBe("/");
  });

  test("normalises dots and encodes what a header cannot carry", () => {
    expect(safeRedirect("/a/../account")).toBe("/account");
    expect(safeRedirect("/offers?q=café")).toBe("/offers?q=caf%C3%A9");
    // Encoded slashes stay encoded, so a browser never reads them as "//".
    expect(safeRedirect("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeRedirect("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  test("every answer is a same-origin path that a Location header can hold", () => {
    for (const to of [...hostile, "/a/../account", "/offers?q=café", "/%2e%2e//evil.example"]) {
      const answer = safeRedirect(to);
      expect(answer.startsWith("/")).toBe(true);
      expect(answer.startsWith("//")).toBe(false);
      expect(new URL(answer, "https://skillsbridge.test").origin).toBe("https://skillsbridge.test");
      expect(() => new Headers({ Location: answer })).not.toThrow();
    }
  });
});

import { describe, expect, it } from "vitest";
import { documentTitle, hasFormErrors, titleAfterCheck } from "./document-title";

describe("documentTitle", () => {
  it("is the page's own title when all went well", () => {
    expect(
      documentTitle({
        ownTitle: "Find a mentor - SkillsBridge",
        errorTitle: undefined,
        formErrors: false,
      }),
    ).toBe("Find a mentor - SkillsBridge");
  });

  it("names the error, not the page that failed", () => {
    expect(
      documentTitle({
        ownTitle: "Apprenticeship - SkillsBridge",
        errorTitle: "Page not found",
        formErrors: false,
      }),
    ).toBe("Page not found - SkillsBridge");
  });

  it("starts with Error: when the form came back with errors", () => {
    expect(
      documentTitle({
        ownTitle: "Sign in - SkillsBridge",
        errorTitle: undefined,
        formErrors: true,
      }),
    ).toBe("Error: Sign in - SkillsBridge");
  });

  it("falls back to the site's name", () => {
    expect(documentTitle({ ownTitle: undefined, errorTitle: undefined, formErrors: false })).toBe(
      "SkillsBridge",
    );
  });
});

describe("hasFormErrors", () => {
  it("sees the 400 shape with at least one field error", () => {
    expect(hasFormErrors({ errors: { email: "Enter an email address" }, values: {} })).toBe(true);
  });

  it("is false for no errors, other answers and nothing", () => {
    expect(hasFormErrors({ errors: {}, values: {} })).toBe(false);
    expect(hasFormErrors({ ok: true })).toBe(false);
    expect(hasFormErrors(undefined)).toBe(false);
    expect(hasFormErrors(null)).toBe(false);
  });
});

describe("titleAfterCheck", () => {
  it("adds Error: once, however many checks fail", () => {
    const once = titleAfterCheck("Sign in - SkillsBridge", true);
    expect(once).toBe("Error: Sign in - SkillsBridge");
    expect(titleAfterCheck(once, true)).toBe("Error: Sign in - SkillsBridge");
  });

  it("takes Error: away when the errors are put right", () => {
    expect(titleAfterCheck("Error: Sign in - SkillsBridge", false)).toBe("Sign in - SkillsBridge");
  });
});

import { describe, expect, test } from "vitest";
import { firstUnanswered, nextSignUpStep, previousSignUpStep, signUpPath } from "./sign-up-steps";

describe("create account, page by page", () => {
  test("the first page still to answer", () => {
    expect(firstUnanswered({})).toBe("kind");
    expect(firstUnanswered({ role: "sme" })).toBe("organisation");
    expect(firstUnanswered({ role: "sme", organisation: {} })).toBe("details");
    expect(firstUnanswered({ role: "sme", organisation: {}, details: {} })).toBe("you");
    expect(firstUnanswered({ role: "sme", organisation: {}, details: {}, you: {} })).toBe("check");
  });

  test("pages follow each other, and their addresses", () => {
    expect(nextSignUpStep("kind")).toBe("organisation");
    expect(nextSignUpStep("check")).toBe("check");
    expect(previousSignUpStep("kind")).toBe("kind");
    expect(previousSignUpStep("check")).toBe("you");
    expect(signUpPath("kind")).toBe("/create-account");
    expect(signUpPath("details")).toBe("/create-account/details");
  });
});

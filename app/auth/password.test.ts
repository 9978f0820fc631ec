import { describe, expect, test } from "vitest";
import { isCommonPassword } from "./common-passwords.server";
import { COMMON_PASSWORD_MESSAGE, newPasswordSchema } from "./password-policy";
import { hashPassword, verifyPassword } from "./password.server";

const problem = (value: unknown) => {
  const result = newPasswordSchema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("password policy", () => {
  test("7 characters are refused, 8 accepted", () => {
    expect(problem("abcdefg")).toBe("Your password must be at least 8 characters");
    expect(problem("abcdefgh")).toBeNull();
  });

  test("256 characters are accepted, 257 refused", () => {
    expect(problem("a".repeat(256))).toBeNull();
    expect(problem("a".repeat(257))).toBe("Your password must be 256 characters or fewer");
  });

  test("no composition rules: spaces, any letters, no digits are all fine", () => {
    expect(problem("correct horse battery staple")).toBeNull();
    expect(problem("ÅÄÖ emoji 🙂 ok")).toBeNull();
  });

  test("an empty password asks for one", () => {
    expect(problem("")).toBe("Enter a password");
    expect(problem(undefined)).toBe("Enter a password");
  });

  test("the 10,000 most common passwords are refused, whatever the case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("PASSWORD1")).toBe(true);
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("purple tractor window")).toBe(false);
    expect(COMMON_PASSWORD_MESSAGE).toMatch(/too common/);
  });

  test("hashes are Argon2id, salted, and verify only the right password", async () => {
    const a = await hashPassword("purple tractor window");
    const b = await hashPassword("purple tractor window");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "purple tractor window")).toBe(true);
    expect(await verifyPassword(a, "purple tractor windoW")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});

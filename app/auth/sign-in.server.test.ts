import { describe, expect, test, vi } from "vitest";
import { logger } from "~/logger.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { hashPassword } from "./password.server";
import { accountKey, SIGN_IN_MAX_FAILURES } from "./rate-limit.server";
import { checkSignIn, SUSPENDED_MESSAGE, WRONG_SIGN_IN_MESSAGE } from "./sign-in.server";

const PASSWORD = "correct horse battery";

async function userWithPassword() {
  const user = await makeUser("sme");
  await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
  return user;
}

const failures = (email: string) =>
  prisma.signInFailure.count({ where: { key: accountKey(email) } });

describe("checking a sign-in", () => {
  test("writes sign-in events to the log, with the user id and never the email or password", async () => {
    const user = await userWithPassword();
    const info = vi.spyOn(logger, "info");
    await checkSignIn(user.email, "wrong password", "198.51.100.50");
    await checkSignIn(user.email, PASSWORD, "198.51.100.50");
    const events = info.mock.calls.map(([entry]) => entry as unknown as Record<string, unknown>);
    expect(events).toEqual([
      { event: "sign-in.failed", userId: user.id },
      { event: "sign-in.succeeded", userId: user.id },
    ]);
    expect(JSON.stringify(events)).not.toContain(user.email);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
    info.mockRestore();
  });

  test("the right password is done and clears the account's failures", async () => {
    const user = await userWithPassword();
    expect(await checkSignIn(user.email, "wrong password", "198.51.100.1")).toEqual({
      status: "refused",
      reason: WRONG_SIGN_IN_MESSAGE,
      field: "email",
    });
    expect(await failures(user.email)).toBe(1);
    expect(await checkSignIn(user.email, PASSWORD, "198.51.100.1")).toEqual({
      status: "done",
      value: { userId: user.id, needsCode: false },
    });
    expect(await failures(user.email)).toBe(0);
  });

  test("an unknown address gets the same answer as a wrong password, and counts as a failure", async () => {
    const email = `nobody-${Date.now()}@unit.test`;
    expect(await checkSignIn(email, PASSWORD, "198.51.100.2")).toEqual({
      status: "refused",
      reason: WRONG_SIGN_IN_MESSAGE,
      field: "email",
    });
    expect(await failures(email)).toBe(1);
  });

  test("a suspended account is refused even with the right password", async () => {
    const user = await userWithPassword();
    await prisma.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await checkSignIn(user.email, PASSWORD, "198.51.100.3")).toEqual({
      status: "refused",
      reason: SUSPENDED_MESSAGE,
      field: "email",
    });
  });

  test("at the limit even the right password is refused, with the wait", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++)
      await checkSignIn(user.email, "wrong password", "198.51.100.4");
    const result = await checkSignIn(user.email, PASSWORD, "198.51.100.5");
    expect(result).toMatchObject({ status: "refused", field: "email" });
    expect(result.status === "refused" && result.reason).toMatch(
      /^There have been too many tries to sign in. Wait 15 minutes/,
    );
  });
});

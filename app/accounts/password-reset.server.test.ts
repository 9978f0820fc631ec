import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { accountKey, recordSignInFailure } from "~/auth/rate-limit.server";
import { createUserSession } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { requestPasswordReset, resetPassword } from "./password-reset.server";

const ADDRESS = "192.0.2.1";

function linkToken(text: string) {
  return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
}

describe("asking for a reset link", () => {
  test("is limited per address typed (with or without an account) and per client, in the database", async () => {
    const user = await makeUser("sme");
    const stranger = `nobody-limit-${user.id}@unit.test`;
    for (const email of [user.email, stranger]) {
      for (let i = 0; i < 3; i++) {
        expect((await requestPasswordReset(email, `198.51.100.${i}`)).status).toBe("done");
      }
      const fourth = await requestPasswordReset(email, "198.51.100.9");
      expect(fourth).toEqual({
        status: "refused",
        reason: expect.stringMatching(/too many requests for a reset link\. Wait 60 minutes/),
        field: "email",
      });
      expect(outboxFor(email)).toHaveLength(3);
    }
    // Ten from one client, to ten different addresses, then that client waits.
    const client = "203.0.113.7";
    for (let i = 0; i < 10; i++) {
      expect((await requestPasswordReset(`flood-${i}-${user.id}@unit.test`, client)).status).toBe(
        "done",
      );
    }
    expect((await requestPasswordReset(`flood-x-${user.id}@unit.test`, client)).status).toBe(
      "refused",
    );
    expect(outboxFor(`flood-x-${user.id}@unit.test`)).toHaveLength(0);
  });

  test("an account gets a link; an unknown address is told it has none; a suspended account gets nothing", async () => {
    const user = await makeUser("sme");
    expect(await requestPasswordReset(user.email, ADDRESS)).toEqual({
      status: "done",
      value: undefined,
    });
    const [mail] = outboxFor(user.email);
    expect(mail?.subject).toBe("Reset your password");
    expect(mail?.text).toContain("/reset-password?token=");
    expect(
      await prisma.token.count({ where: { userId: user.id, purpose: "reset-password" } }),
    ).toBe(1);

    const stranger = `nobody-${user.id}@unit.test`;
    expect((await requestPasswordReset(stranger, ADDRESS)).status).toBe("done");
    expect(
      outboxFor(stranger).map((m) =>
        m.text.includes("There is no account with this email address"),
      ),
    ).toEqual([true]);

    const suspended = await makeUser("sme");
    await prisma.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    expect((await requestPasswordReset(suspended.email, ADDRESS)).status).toBe("done");
    expect(outboxFor(suspended.email)).toHaveLength(0);
  });
});

describe("choosing a new password", () => {
  test("stores it, ends every session and lifts the sign-in limit; the link works once", async () => {
    const user = await makeUser("sme");
    await prisma.password.create({
      data: { userId: user.id, hash: await hashPassword("old password here") },
    });
    await createUserSession(user.id);
    await recordSignInFailure(user.email, "203.0.113.9");
    await requestPasswordReset(user.email, ADDRESS);
    const token = linkToken(outboxFor(user.email)[0]!.text);

    expect(await resetPassword(token, "a brand new passphrase")).toEqual({
      status: "done",
      value: undefined,
    });
    const row = await prisma.password.findUniqueOrThrow({
      where: { userId: user.id },
      select: { hash: true },
    });
    expect(await verifyPassword(row.hash, "a brand new passphrase")).toBe(true);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.signInFailure.count({ where: { key: accountKey(user.email) } })).toBe(0);

    expect(await resetPassword(token, "another new passphrase")).toEqual({
      status: "refused",
      reason: "That link has expired or has already been used. Ask for a new one below.",
    });
  });

  test("a common password is refused on its field and leaves the link usable", async () => {
    const user = await makeUser("sme");
    await requestPasswordReset(user.email, ADDRESS);
    const token = linkToken(outboxFor(user.email)[0]!.text);
    expect(await resetPassword(token, "password123")).toEqual({
      status: "refused",
      reason: COMMON_PASSWORD_MESSAGE,
      field: "password",
    });
    expect(await prisma.password.count({ where: { userId: user.id } })).toBe(0);
    expect((await resetPassword(token, "a brand new passphrase")).status).toBe("done");
  });
});

import { deleteOwnAccount } from "./accounts.server";
import { sessionRowId } from "~/auth/session-adapter.server";
import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { createUserSession } from "~/auth/session.server";
import { createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import {
  changeEmailByLink,
  changeName,
  changePassword,
  confirmEmailByLink,
  requestEmailChange,
  resendConfirmation,
  setMeetingFormat,
  setReminderEmails,
} from "./settings.server";

const ADDRESS = "192.0.2.1";

const PASSWORD = "correct horse battery";

async function userWithPassword(options: { confirmed?: boolean } = {}) {
  const user = await makeUser("sme", options);
  await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
  return user;
}

function linkToken(text: string) {
  return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
}

describe("name and meeting format", () => {
  test("a new name is saved", async () => {
    const user = await makeUser("sme");
    expect(await changeName(user.id, "Ada Lovelace")).toEqual({ status: "done", value: undefined });
    expect(
      await prisma.user.findUnique({ where: { id: user.id }, select: { name: true } }),
    ).toEqual({ name: "Ada Lovelace" });
  });

  test("how a business likes to meet is saved on the organisation", async () => {
    const user = await makeUser("sme");
    expect((await setMeetingFormat(user.organisationId, "online")).status).toBe("done");
    const org = await prisma.organisation.findUnique({
      where: { id: user.organisationId },
      select: { meetingFormat: true },
    });
    expect(org).toEqual({ meetingFormat: "online" });
  });
});

describe("changing the password", () => {
  test("a wrong current password is refused on that field and nothing changes", async () => {
    const user = await userWithPassword();
    const session = await prisma.session.count({ where: { userId: user.id } });
    const result = await changePassword(
      { id: user.id, sessionId: "none" },
      { currentPassword: "wrong one", newPassword: "a brand new passphrase" },
      ADDRESS,
    );
    expect(result).toEqual({
      status: "refused",
      reason: "Your current password is not right",
      field: "currentPassword",
    });
    const row = await prisma.password.findUniqueOrThrow({
      where: { userId: user.id },
      select: { hash: true },
    });
    expect(await verifyPassword(row.hash, PASSWORD)).toBe(true);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(session);
  });

  test("a common new password is refused on the new password field", async () => {
    const user = await userWithPassword();
    const result = await changePassword(
      { id: user.id, sessionId: "none" },
      { currentPassword: PASSWORD, newPassword: "password123" },
      ADDRESS,
    );
    expect(result).toEqual({
      status: "refused",
      reason: COMMON_PASSWORD_MESSAGE,
      field: "newPassword",
    });
  });

  test("the new password is stored and every other session ends", async () => {
    const user = await userWithPassword();
    const token = /=([^;]+)/.exec(await createUserSession(user.id))![1]!;
    await createUserSession(user.id);
    const mine = { id: sessionRowId(token) };
    const result = await changePassword(
      { id: user.id, sessionId: token },
      { currentPassword: PASSWORD, newPassword: "a brand new passphrase" },
      ADDRESS,
    );
    expect(result.status).toBe("done");
    const row = await prisma.password.findUniqueOrThrow({
      where: { userId: user.id },
      select: { hash: true },
    });
    expect(await verifyPassword(row.hash, "a brand new passphrase")).toBe(true);
    expect(
      await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } }),
    ).toEqual([mine]);
  });
});

describe("changing the email address", () => {
  test("the password and the same address are refused; an address in use looks the same as a free one", async () => {
    const user = await userWithPassword();
    const other = await makeUser("school");
    expect(
      await requestEmailChange(
        user,
        { newEmail: "new@unit.test", currentPassword: "wrong one" },
        ADDRESS,
      ),
    ).toEqual({
      status: "refused",
      reason: "Your password is not right",
      field: "currentPassword",
    });
    expect(
      await requestEmailChange(user, { newEmail: user.email, currentPassword: PASSWORD }, ADDRESS),
    ).toEqual({
      status: "refused",
      reason: "This is already your email address",
      field: "newEmail",
    });
    expect(
      await requestEmailChange(user, { newEmail: other.email, currentPassword: PASSWORD }, ADDRESS),
    ).toEqual({ status: "done", value: undefined });
    expect(await prisma.token.count({ where: { userId: user.id, purpose: "change-email" } })).toBe(
      0,
    );
    expect(outboxFor(other.email).map((m) => m.subject)).toEqual([
      "Someone tried to use your email address",
    ]);
  });

  test("wrong current passwords are limited: after 5, even the right one waits", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await changePassword(
            { id: user.id, sessionId: "none" },
            { currentPassword: `guess ${i}`, newPassword: "a brand new passphrase" },
            `198.51.100.${i}`,
          )
        ).status,
      ).toBe("refused");
    }
    const right = await deleteOwnAccount(user.id, PASSWORD, "198.51.100.99");
    expect(right).toMatchObject({
      status: "refused",
      field: "password",
      reason: expect.stringMatching(/too many wrong passwords\. Wait 15 minutes/),
    });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);
  });

  test("a link goes to the new address; using it changes the address and tells the old one", async () => {
    const user = await userWithPassword({ confirmed: false });
    const newEmail = `new-${user.id}@unit.test`;
    expect(
      (await requestEmailChange(user, { newEmail, currentPassword: PASSWORD }, ADDRESS)).status,
    ).toBe("done");
    expect(
      await prisma.user.findUnique({ where: { id: user.id }, select: { email: true } }),
    ).toEqual({ email: user.email });
    const [mail] = outboxFor(newEmail);
    expect(mail?.subject).toBe("Confirm your new email address");
    const token = linkToken(mail!.text);

    // A change-email link is not a confirm-email link.
    expect(await confirmEmailByLink(token)).toEqual({ status: "not-found" });
    expect(await changeEmailByLink(token)).toEqual({ status: "done", value: { email: newEmail } });
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailConfirmedAt: true },
    });
    expect(row.email).toBe(newEmail);
    expect(row.emailConfirmedAt).not.toBeNull();
    expect(outboxFor(user.email).map((m) => m.subject)).toContain("Your email address has changed");
    // The link works once.
    expect(await changeEmailByLink(token)).toEqual({ status: "not-found" });
  });

  test("a link is refused when another account took the address meanwhile", async () => {
    const user = await userWithPassword();
    const newEmail = `taken-${user.id}@unit.test`;
    await requestEmailChange(user, { newEmail, currentPassword: PASSWORD }, ADDRESS);
    const token = linkToken(outboxFor(newEmail)[0]!.text);
    await prisma.user.create({
      data: { email: newEmail, name: "Quick", role: "sme", organisationId: user.organisationId },
    });
    expect(await changeEmailByLink(token)).toEqual({
      status: "refused",
      reason: "That email address is already used by another account, so we did not change it.",
    });
    expect(
      await prisma.user.findUnique({ where: { id: user.id }, select: { email: true } }),
    ).toEqual({ email: user.email });
  });
});

describe("confirming the email address", () => {
  test("a new link is sent only while the address is unconfirmed, and using it confirms", async () => {
    const confirmed = await makeUser("sme");
    expect(await resendConfirmation({ ...confirmed, emailConfirmedAt: new Date() })).toEqual({
      status: "refused",
      reason: "Your email address is already confirmed.",
    });
    expect(outboxFor(confirmed.email)).toHaveLength(0);

    const user = await makeUser("sme", { confirmed: false });
    expect((await resendConfirmation({ ...user, emailConfirmedAt: null })).status).toBe("done");
    const [mail] = outboxFor(user.email);
    expect(mail?.subject).toBe("Confirm your email address");
    expect(await confirmEmailByLink(linkToken(mail!.text))).toEqual({
      status: "done",
      value: undefined,
    });
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { emailConfirmedAt: true },
    });
    expect(row.emailConfirmedAt).not.toBeNull();
  });

  test("a link for an address the user has since left confirms nothing", async () => {
    const user = await makeUser("sme", { confirmed: false });
    const token = await createToken({
      purpose: "confirm-email",
      email: "old@unit.test",
      userId: user.id,
    });
    expect((await confirmEmailByLink(token)).status).toBe("done");
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { emailConfirmedAt: true },
    });
    expect(row.emailConfirmedAt).toBeNull();
  });

  test("an unknown link is not found", async () => {
    expect(await confirmEmailByLink("no-such-token")).toEqual({ status: "not-found" });
    expect(await changeEmailByLink("no-such-token")).toEqual({ status: "not-found" });
  });
});

describe("reminder emails", () => {
  test("a person turns their own reminder emails off and on again", async () => {
    const person = await makeUser("school");
    const read = async () =>
      (
        await prisma.user.findUniqueOrThrow({
          where: { id: person.id },
          select: { reminderEmails: true },
        })
      ).reminderEmails;
    expect(await read()).toBe(true);
    expect(await setReminderEmails(person.id, false)).toEqual({ status: "done" });
    expect(await read()).toBe(false);
    await setReminderEmails(person.id, true);
    expect(await read()).toBe(true);
  });
});

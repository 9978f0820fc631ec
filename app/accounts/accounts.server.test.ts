import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { createAccount, deleteOwnAccount, isLastMember, removeColleague } from "./accounts.server";
import { handOverMessage, onlyAdminsMessage } from "./org-admins";

const ADDRESS = "192.0.2.1";

const PASSWORD = "correct horse battery";

function newAccount(email: string, password = PASSWORD) {
  return {
    role: "sme" as const,
    name: "Grace Hopper",
    email,
    password,
    organisationName: "Hopper Tools",
    localAuthority: "birmingham" as const,
    postcode: "B1 1AA",
    sector: "C",
    sizeBand: "micro",
    schoolUrn: null,
    schoolPhase: null,
  } as Parameters<typeof createAccount>[0];
}

describe("creating an account", () => {
  test("makes the organisation and its first member, and emails the confirmation link", async () => {
    const email = `new-${Date.now()}@unit.test`;
    const result = await createAccount(newAccount(email), ADDRESS);
    expect(result.status).toBe("done");
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: {
        id: true,
        role: true,
        emailConfirmedAt: true,
        password: { select: { hash: true } },
        organisation: { select: { name: true, kind: true } },
      },
    });
    expect(result).toEqual({ status: "done", value: undefined });
    expect(user).toMatchObject({
      role: "sme",
      emailConfirmedAt: null,
      organisation: { name: "Hopper Tools", kind: "sme" },
    });
    expect(await verifyPassword(user.password!.hash, PASSWORD)).toBe(true);
    expect(outboxFor(email).map((m) => m.subject)).toEqual(["Confirm your email address"]);
    expect(await prisma.token.count({ where: { userId: user.id, purpose: "confirm-email" } })).toBe(
      1,
    );
  });

  test("a common password is refused on its field, and nothing is made", async () => {
    const email = `common-${Date.now()}@unit.test`;
    expect(await createAccount(newAccount(email, "password123"), ADDRESS)).toEqual({
      status: "refused",
      reason: COMMON_PASSWORD_MESSAGE,
      field: "password",
    });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(outboxFor(email)).toHaveLength(0);
  });

  test("an address in use gets the same answer as a new one, and its owner an email", async () => {
    const taken = await makeUser("sme");
    const before = await prisma.organisation.count();
    expect(await createAccount(newAccount(taken.email), ADDRESS)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await prisma.organisation.count()).toBe(before);
    expect(outboxFor(taken.email).map((m) => m.subject)).toEqual([
      "You already have a SkillsBridge account",
    ]);
  });

  test("sign-ups are limited per address typed and per client", async () => {
    const stamp = Date.now();
    const email = `repeat-${stamp}@unit.test`;
    for (let i = 0; i < 3; i++) {
      expect((await createAccount(newAccount(email), `198.51.100.${i}`)).status).toBe("done");
    }
    expect(await createAccount(newAccount(email), "198.51.100.9")).toMatchObject({
      status: "refused",
      field: "email",
      reason: expect.stringMatching(/too many new accounts made from here/),
    });
    const client = "203.0.113.20";
    for (let i = 0; i < 20; i++) {
      await prisma.rateLimitHit.create({ data: { key: `sign-up:address:${client}` } });
    }
    const fresh = `fresh-${stamp}@unit.test`;
    expect((await createAccount(newAccount(fresh), client)).status).toBe("refused");
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0);
  });
});

describe("deleting your own account", () => {
  test("a wrong password is refused; the right one deletes the user, and the organisation with its last member", async () => {
    const user = await makeUser("sme");
    await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
    expect(await isLastMember(user.organisationId)).toBe(true);
    expect(await deleteOwnAccount(user.id, "not my password", ADDRESS)).toEqual({
      status: "refused",
      reason: "Your password is not right",
      field: "password",
    });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);
    expect(await deleteOwnAccount(user.id, PASSWORD, ADDRESS)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
    expect(await prisma.organisation.count({ where: { id: user.organisationId } })).toBe(0);
  });

  test("the organisation stays while it has other members", async () => {
    const user = await makeUser("sme");
    await makeUser("sme", { organisationId: user.organisationId });
    await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
    expect(await isLastMember(user.organisationId)).toBe(false);
    // The first user is the only admin: they hand over before they leave.
    expect(await deleteOwnAccount(user.id, PASSWORD, ADDRESS)).toEqual({
      status: "refused",
      reason: handOverMessage,
    });
    await prisma.user.updateMany({
      where: { organisationId: user.organisationId },
      data: { isOrgAdmin: true },
    });
    expect((await deleteOwnAccount(user.id, PASSWORD, ADDRESS)).status).toBe("done");
    expect(await prisma.organisation.count({ where: { id: user.organisationId } })).toBe(1);
  });
});

describe("removing a colleague", () => {
  test("a colleague in the same organisation is removed", async () => {
    const me = { ...(await makeUser("sme")), role: "sme" };
    const colleague = await makeUser("sme", { organisationId: me.organisationId });
    expect(await removeColleague(me, colleague.id)).toEqual({ status: "done", value: undefined });
    expect(await prisma.user.count({ where: { id: colleague.id } })).toBe(0);
    expect(
      await prisma.auditEvent.findMany({
        where: { targetId: colleague.id },
        select: { action: true, actorId: true },
      }),
    ).toEqual([{ action: "member.remove", actorId: me.id }]);
  });

  test("a colleague who is not an admin cannot remove anyone (today any member could)", async () => {
    const admin = await makeUser("sme");
    const member = {
      ...(await makeUser("sme", { organisationId: admin.organisationId })),
      role: "sme",
    };
    const other = await makeUser("sme", { organisationId: admin.organisationId });
    for (const target of [admin.id, other.id])
      expect(await removeColleague(member, target)).toEqual({
        status: "refused",
        reason: onlyAdminsMessage,
      });
    expect(await prisma.user.count({ where: { organisationId: admin.organisationId } })).toBe(3);
  });

  test("someone in another organisation, or yourself, is not found and stays", async () => {
    const me = { ...(await makeUser("sme")), role: "sme" };
    const stranger = await makeUser("sme");
    expect(await removeColleague(me, stranger.id)).toEqual({ status: "not-found" });
    expect(await removeColleague(me, me.id)).toEqual({ status: "not-found" });
    expect(await prisma.user.count({ where: { id: { in: [me.id, stranger.id] } } })).toBe(2);
  });
});

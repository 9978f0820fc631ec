import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { verifyPassword } from "~/auth/password.server";
import { createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { onlyAdminsMessage } from "./org-admins";
import { outboxFor } from "../../tests/outbox";
import {
  findInvitation,
  inviteColleague,
  inviteStaff,
  joinOrganisation,
} from "./invitations.server";

const ADDRESS = "192.0.2.1";

const PASSWORD = "correct horse battery";

async function inviter(kind: "sme" | "staff" = "sme", confirmed = true) {
  const user = await makeUser(kind, { confirmed });
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      id: true,
      email: true,
      name: true,
      organisationId: true,
      role: true,
      emailConfirmedAt: true,
      organisation: { select: { name: true } },
    },
  });
  return row;
}

function linkToken(text: string) {
  return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
}

describe("inviting a colleague", () => {
  test("only an admin invites: a colleague who is not one is refused", async () => {
    const admin = await inviter();
    const member = await makeUser("sme", { organisationId: admin.organisationId });
    const email = `not-by-member-${member.id}@unit.test`;
    expect(
      await inviteColleague({ ...admin, id: member.id, name: "Member" }, email, ADDRESS),
    ).toEqual({
      status: "refused",
      reason: onlyAdminsMessage,
      field: "inviteEmail",
    });
    expect(await prisma.token.count({ where: { email } })).toBe(0);
  });

  test("an invitation into the organisation is emailed", async () => {
    const user = await inviter();
    const email = `colleague-${user.id}@unit.test`;
    expect(await inviteColleague(user, email, ADDRESS)).toEqual({
      status: "done",
      value: undefined,
    });
    const [mail] = outboxFor(email);
    expect(mail?.subject).toBe(`Join ${user.organisation.name} on SkillsBridge`);
    const invitation = await findInvitation(linkToken(mail!.text));
    expect(invitation).toMatchObject({ email, organisation: { id: user.organisationId } });
  });

  test("someone unconfirmed cannot invite; an address in use gets the same answer, and its owner a notice", async () => {
    const unconfirmed = await inviter("sme", false);
    const email = `nobody-${unconfirmed.id}@unit.test`;
    expect(await inviteColleague(unconfirmed, email, ADDRESS)).toEqual({
      status: "refused",
      reason: "Confirm your own email address before you invite a colleague",
      field: "inviteEmail",
    });
    const user = await inviter();
    const taken = await makeUser("school");
    expect(await inviteColleague(user, taken.email, ADDRESS)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(outboxFor(taken.email).map((m) => m.text)).toEqual([
      expect.stringContaining("You already have an account with this email address"),
    ]);
    expect(outboxFor(email)).toHaveLength(0);
    expect(
      await prisma.token.count({
        where: { email: { in: [email, taken.email] }, purpose: "invite" },
      }),
    ).toBe(0);
  });

  test("invitations are limited per inviting member", async () => {
    const user = await inviter();
    for (let i = 0; i < 20; i++) {
      await prisma.rateLimitHit.create({ data: { key: `invitation:account:${user.id}` } });
    }
    const email = `one-too-many-${user.id}@unit.test`;
    expect(await inviteColleague(user, email, ADDRESS)).toMatchObject({
      status: "refused",
      field: "inviteEmail",
      reason: expect.stringMatching(/too many invitations sent/),
    });
    expect(outboxFor(email)).toHaveLength(0);
  });
});

describe("inviting a member of staff", () => {
  test("the invitation into the staff organisation is emailed and written to the audit trail", async () => {
    const staff = await inviter("staff");
    const email = `new-staff-${staff.id}@unit.test`;
    expect(await inviteStaff(staff, email, ADDRESS)).toEqual({ status: "done", value: undefined });
    const audit = await prisma.auditEvent.findMany({
      where: { actorId: staff.id },
      select: {
        action: true,
        actorEmail: true,
        targetType: true,
        targetId: true,
        targetLabel: true,
      },
    });
    expect(audit).toEqual([
      {
        action: "staff.invite",
        actorEmail: staff.email,
        targetType: "invitation",
        targetId: email,
        targetLabel: email,
      },
    ]);
    const [mail] = outboxFor(email);
    expect(mail?.subject).toBe(`Join ${staff.organisation.name} on SkillsBridge`);
    expect((await findInvitation(linkToken(mail!.text)))?.organisation.id).toBe(
      staff.organisationId,
    );
  });

  test("an address in use is refused, with no audit row", async () => {
    const staff = await inviter("staff");
    const taken = await makeUser("sme");
    expect(await inviteStaff(staff, taken.email, ADDRESS)).toEqual({
      status: "refused",
      reason: "There is already an account with this email address",
      field: "email",
    });
    expect(await prisma.auditEvent.count({ where: { actorId: staff.id } })).toBe(0);
  });
});

describe("joining with an invitation", () => {
  test("makes a confirmed account in the inviting organisation, and the invitation works once", async () => {
    const user = await inviter();
    const email = `joiner-${user.id}@unit.test`;
    const token = await createToken({
      purpose: "invite",
      email,
      organisationId: user.organisationId,
    });
    const result = await joinOrganisation({ token, name: "New Colleague", password: PASSWORD });
    const joined = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: {
        id: true,
        name: true,
        role: true,
        organisationId: true,
        emailConfirmedAt: true,
        password: { select: { hash: true } },
      },
    });
    expect(result).toEqual({
      status: "done",
      value: { userId: joined.id, organisationName: user.organisation.name },
    });
    expect(joined).toMatchObject({
      name: "New Colleague",
      role: "sme",
      organisationId: user.organisationId,
    });
    expect(joined.emailConfirmedAt).not.toBeNull();
    expect(await verifyPassword(joined.password!.hash, PASSWORD)).toBe(true);
    expect(await findInvitation(token)).toBeNull();
  });

  test("a common password is refused on its field and leaves the invitation usable", async () => {
    const user = await inviter();
    const token = await createToken({
      purpose: "invite",
      email: `common-${user.id}@unit.test`,
      organisationId: user.organisationId,
    });
    expect(await joinOrganisation({ token, name: "X", password: "password123" })).toEqual({
      status: "refused",
      reason: COMMON_PASSWORD_MESSAGE,
      field: "password",
    });
    expect(await findInvitation(token)).not.toBeNull();
  });

  test("an unknown invitation is refused without a field; an address taken meanwhile is refused on the name", async () => {
    expect(
      await joinOrganisation({ token: "no-such-token", name: "X", password: PASSWORD }),
    ).toEqual({
      status: "refused",
      reason:
        "That invitation has expired or has already been used. Ask your colleague to send a new one.",
    });
    const user = await inviter();
    const taken = await makeUser("school");
    const token = await createToken({
      purpose: "invite",
      email: taken.email,
      organisationId: user.organisationId,
    });
    expect(await joinOrganisation({ token, name: "X", password: PASSWORD })).toEqual({
      status: "refused",
      reason: "There is already an account with this email address. Sign in instead.",
      field: "name",
    });
  });
});

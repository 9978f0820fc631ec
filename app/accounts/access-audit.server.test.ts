import { describe, expect, test } from "vitest";
import { verifyAuditChain } from "~/audit/chain.server";
import { hashPassword } from "~/auth/password.server";
import { checkSignIn } from "~/auth/sign-in.server";
import { createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { deleteOwnAccount, removeColleague } from "./accounts.server";
import { inviteColleague, joinOrganisation } from "./invitations.server";

// Every change to who can do what is on the audit trail, wherever it happens.

const PASSWORD = "correct horse battery";

async function member(kind: "sme" | "staff", organisationId?: string) {
  const user = await makeUser(kind, { organisationId });
  await prisma.password.create({ data: { userId: user.id, hash: await hashPassword(PASSWORD) } });
  return prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organisationId: true,
      emailConfirmedAt: true,
      organisation: { select: { name: true } },
    },
  });
}

const trailFor = (targetId: string) =>
  prisma.auditEvent.findMany({
    where: { targetId },
    orderBy: { seq: "asc" },
    select: { action: true, actorId: true, actorEmail: true, targetType: true, targetLabel: true },
  });

describe("changes to who can do what are audited", () => {
  test("a member of staff inviting a colleague from /account makes a staff invitation, audited", async () => {
    const staff = await member("staff");
    const email = `staff-colleague-${staff.id}@unit.test`;
    expect((await inviteColleague(staff, email, "127.0.0.1")).status).toBe("done");
    expect(await trailFor(email)).toEqual([
      {
        action: "staff.invite",
        actorId: staff.id,
        actorEmail: staff.email,
        targetType: "invitation",
        targetLabel: email,
      },
    ]);
    const sme = await member("sme");
    const colleague = `colleague-${sme.id}@unit.test`;
    expect((await inviteColleague(sme, colleague, "127.0.0.1")).status).toBe("done");
    expect(await trailFor(colleague)).toMatchObject([{ action: "member.invite", actorId: sme.id }]);
  });

  test("joining with an invitation is audited, the new member as the actor", async () => {
    const staff = await member("staff");
    const email = `joining-staff-${staff.id}@unit.test`;
    const token = await createToken({
      purpose: "invite",
      email,
      organisationId: staff.organisationId,
    });
    const result = await joinOrganisation({ token, name: "New Staff", password: PASSWORD });
    if (result.status !== "done") throw new Error("join refused");
    expect(await trailFor(staff.organisationId)).toEqual([
      {
        action: "staff.join",
        actorId: result.value.userId,
        actorEmail: email,
        targetType: "organisation",
        targetLabel: staff.organisation.name,
      },
    ]);
  });

  test("removing a staff account from /account, and deleting your own, are audited", async () => {
    const staff = await member("staff");
    const other = await member("staff", staff.organisationId);
    expect(await removeColleague(staff, other.id)).toEqual({ status: "done", value: undefined });
    expect(await trailFor(other.id)).toEqual([
      {
        action: "staff.remove",
        actorId: staff.id,
        actorEmail: staff.email,
        targetType: "user",
        targetLabel: other.email,
      },
    ]);
    const sme = await member("sme");
    const smeColleague = await member("sme", sme.organisationId);
    await removeColleague(sme, smeColleague.id);
    expect(await trailFor(smeColleague.id)).toMatchObject([{ action: "member.remove" }]);
    // Not found writes nothing.
    expect(await removeColleague(sme, staff.id)).toEqual({ status: "not-found" });
    expect(await trailFor(staff.id)).toEqual([]);
    expect((await deleteOwnAccount(staff.id, PASSWORD, "127.0.0.1")).status).toBe("done");
    expect(await trailFor(staff.id)).toMatchObject([
      { action: "account.delete", actorId: staff.id, targetLabel: staff.email },
    ]);
  });

  test("a staff sign-in is audited; other sign-ins and failed ones are not", async () => {
    const staff = await member("staff");
    await checkSignIn(staff.email, "wrong password", "198.51.100.7");
    expect(await trailFor(staff.id)).toEqual([]);
    expect((await checkSignIn(staff.email, PASSWORD, "198.51.100.7")).status).toBe("done");
    expect(await trailFor(staff.id)).toMatchObject([
      { action: "staff.sign-in", actorId: staff.id, targetLabel: staff.email },
    ]);
    const sme = await member("sme");
    expect((await checkSignIn(sme.email, PASSWORD, "198.51.100.7")).status).toBe("done");
    expect(await trailFor(sme.id)).toEqual([]);
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});

import { describe, expect, test } from "vitest";
import { createUserSession } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { restoreUser, suspendUser } from "./suspension.server";

const now = new Date("2027-03-10T10:00:00Z");

async function staffMember() {
  const user = await makeUser("staff");
  return { id: user.id, email: user.email };
}

function auditOf(userId: string) {
  return prisma.auditEvent.findMany({
    where: { targetType: "user", targetId: userId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, targetLabel: true, reason: true },
  });
}

describe("suspending a user", () => {
  test("suspends, ends every session and writes the audit trail; a second time changes nothing", async () => {
    const staff = await staffMember();
    const user = await makeUser("sme");
    await createUserSession(user.id);
    const name = (
      await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })
    ).name;

    expect(await suspendUser(staff, user.id, "Spam postings", now)).toEqual({
      status: "done",
      value: { name, changed: true },
    });
    expect(
      await prisma.user.findUnique({ where: { id: user.id }, select: { suspendedAt: true } }),
    ).toEqual({ suspendedAt: now });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditOf(user.id)).toEqual([
      {
        action: "user.suspend",
        actorId: staff.id,
        targetLabel: user.email,
        reason: "Spam postings",
      },
    ]);

    expect(await suspendUser(staff, user.id, "Again", now)).toEqual({
      status: "done",
      value: { name, changed: false },
    });
    expect(await auditOf(user.id)).toHaveLength(1);
  });

  test("staff cannot suspend themselves; an unknown user is not found", async () => {
    const staff = await staffMember();
    expect(await suspendUser(staff, staff.id, "Oops")).toEqual({
      status: "refused",
      reason: "You cannot suspend your own account",
      field: "reason",
    });
    expect(
      await prisma.user.findUnique({ where: { id: staff.id }, select: { suspendedAt: true } }),
    ).toEqual({ suspendedAt: null });
    expect(await suspendUser(staff, "no-such-user", "Why")).toEqual({ status: "not-found" });
    expect(await restoreUser(staff, "no-such-user", "Why")).toEqual({ status: "not-found" });
    expect(await auditOf(staff.id)).toEqual([]);
  });
});

describe("restoring a user", () => {
  test("restores a suspended user with an audit row; restoring one who is not suspended changes nothing", async () => {
    const staff = await staffMember();
    const user = await makeUser("sme");
    const name = (
      await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })
    ).name;
    expect(await restoreUser(staff, user.id, "Not needed")).toEqual({
      status: "done",
      value: { name, changed: false },
    });
    expect(await auditOf(user.id)).toEqual([]);

    await suspendUser(staff, user.id, "Spam", now);
    expect(await restoreUser(staff, user.id, "Cleared up")).toEqual({
      status: "done",
      value: { name, changed: true },
    });
    expect(
      await prisma.user.findUnique({ where: { id: user.id }, select: { suspendedAt: true } }),
    ).toEqual({ suspendedAt: null });
    expect((await auditOf(user.id)).map((e) => [e.action, e.reason])).toEqual([
      ["user.suspend", "Spam"],
      ["user.restore", "Cleared up"],
    ]);
  });
});

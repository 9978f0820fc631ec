import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { lastAdminMessage, onlyAdminsMessage } from "./org-admins";
import { setColleagueAdmin, staffSetAdmin } from "./org-admins.server";

const adminOf = async (id: string) =>
  (await prisma.user.findUniqueOrThrow({ where: { id }, select: { isOrgAdmin: true } })).isOrgAdmin;

describe("organisation admins", () => {
  test("an admin makes a colleague an admin, then hands over; the last admin cannot stop being one", async () => {
    const first = { ...(await makeUser("school")), role: "school" };
    const colleague = await makeUser("school", { organisationId: first.organisationId });
    expect(await adminOf(first.id)).toBe(true);
    expect(await adminOf(colleague.id)).toBe(false);

    expect(await setColleagueAdmin(first, first.id, false)).toEqual({
      status: "refused",
      reason: lastAdminMessage,
    });
    expect(await setColleagueAdmin(first, colleague.id, true)).toMatchObject({ status: "done" });
    expect(await setColleagueAdmin(first, first.id, false)).toMatchObject({ status: "done" });
    expect([await adminOf(first.id), await adminOf(colleague.id)]).toEqual([false, true]);
    expect(
      (
        await prisma.auditEvent.findMany({
          where: { targetId: { in: [first.id, colleague.id] } },
          select: { action: true },
        })
      ).map((e) => e.action),
    ).toEqual(expect.arrayContaining(["member.make-admin", "member.unmake-admin"]));

    // No longer an admin, the first user cannot make anyone one.
    expect(await setColleagueAdmin(first, first.id, true)).toEqual({
      status: "refused",
      reason: onlyAdminsMessage,
    });
  });

  test("someone in another organisation is not found", async () => {
    const admin = { ...(await makeUser("sme")), role: "sme" };
    const stranger = await makeUser("sme");
    expect(await setColleagueAdmin(admin, stranger.id, true)).toEqual({ status: "not-found" });
    expect(await adminOf(stranger.id)).toBe(true);
  });

  test("staff change an organisation's admin; it is audited and the organisation told", async () => {
    const staffUser = await makeUser("staff");
    const staff = { id: staffUser.id, email: staffUser.email };
    const first = await makeUser("sme");
    const colleague = await makeUser("sme", { organisationId: first.organisationId });
    expect(await staffSetAdmin(staff, first.organisationId, colleague.id, true)).toMatchObject({
      status: "done",
    });
    expect(await staffSetAdmin(staff, first.organisationId, first.id, false)).toMatchObject({
      status: "done",
    });
    expect([await adminOf(first.id), await adminOf(colleague.id)]).toEqual([false, true]);
    expect(
      await prisma.auditEvent.count({
        where: { actorId: staff.id, action: { startsWith: "member." } },
      }),
    ).toBe(2);
    expect(outboxFor(first.email).map((m) => m.subject)).toContain(
      "Your organisation's admins have changed",
    );
    // Not for the staff organisation, nor someone outside the organisation.
    expect(await staffSetAdmin(staff, staffUser.organisationId, staffUser.id, true)).toEqual({
      status: "not-found",
    });
    const stranger = await makeUser("sme");
    expect(await staffSetAdmin(staff, first.organisationId, stranger.id, true)).toEqual({
      status: "not-found",
    });
  });
});

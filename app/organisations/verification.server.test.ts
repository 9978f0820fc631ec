import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { declineOrganisation, verifyOrganisation } from "./verification.server";

const now = new Date("2027-03-10T10:00:00Z");

async function staffMember() {
  const user = await makeUser("staff");
  return { id: user.id, email: user.email };
}

async function waiting(kind: "school" | "board" | "sme") {
  const user = await makeUser(kind);
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: { name: true },
  });
  return { ...user, name: org.name };
}

function stateOf(organisationId: string) {
  return prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { verificationStatus: true, verificationReason: true, verifiedAt: true },
  });
}

function auditOf(organisationId: string) {
  return prisma.auditEvent.findMany({
    where: { targetType: "organisation", targetId: organisationId },
    select: { action: true, actorId: true, targetLabel: true, reason: true },
  });
}

describe("checking an organisation", () => {
  test("marks it checked, writes the audit trail, and tells the organisation in the app and by email", async () => {
    const staff = await staffMember();
    const school = await waiting("school");
    expect(await verifyOrganisation(staff, school.organisationId, now)).toEqual({
      status: "done",
      value: { name: school.name },
    });
    expect(await stateOf(school.organisationId)).toEqual({
      verificationStatus: "verified",
      verificationReason: null,
      verifiedAt: now,
    });
    expect(await auditOf(school.organisationId)).toEqual([
      { action: "organisation.verify", actorId: staff.id, targetLabel: school.name, reason: null },
    ]);
    const message = `The partnership team has checked ${school.name}. You can now ask for work experience placements.`;
    expect(
      await prisma.notification.findMany({
        where: { organisationId: school.organisationId },
        select: { message: true, link: true },
      }),
    ).toEqual([{ message, link: "/account" }]);
    const [mail] = outboxFor(school.email);
    expect(mail?.subject).toBe("Your organisation has been checked");
    expect(mail?.text).toContain(message);
  });

  test("a staff organisation, or an unknown one, is not found and nothing is written", async () => {
    const staff = await staffMember();
    const other = await makeUser("staff");
    expect(await verifyOrganisation(staff, other.organisationId)).toEqual({ status: "not-found" });
    expect(await declineOrganisation(staff, "no-such-organisation", "Why")).toEqual({
      status: "not-found",
    });
    expect(await auditOf(other.organisationId)).toEqual([]);
    expect(
      await prisma.notification.count({ where: { organisationId: other.organisationId } }),
    ).toBe(0);
  });
});

describe("not accepting an organisation", () => {
  test("records the reason, writes the audit trail, and tells the organisation why", async () => {
    const staff = await staffMember();
    const board = await waiting("board");
    await verifyOrganisation(staff, board.organisationId, now);
    const reason = "We could not find this firm at Companies House.";
    expect(await declineOrganisation(staff, board.organisationId, reason)).toEqual({
      status: "done",
      value: { name: board.name },
    });
    expect(await stateOf(board.organisationId)).toEqual({
      verificationStatus: "declined",
      verificationReason: reason,
      verifiedAt: null,
    });
    expect((await auditOf(board.organisationId)).map((e) => [e.action, e.reason])).toEqual([
      ["organisation.verify", null],
      ["organisation.decline", reason],
    ]);
    const message = `The partnership team could not accept ${board.name}. The reason: ${reason}`;
    const notices = await prisma.notification.findMany({
      where: { organisationId: board.organisationId },
      select: { message: true },
    });
    expect(notices.map((n) => n.message)).toContain(message);
    expect(outboxFor(board.email).map((m) => m.subject)).toContain(
      "We could not accept your organisation",
    );
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { decideOnPosting } from "./review.server";
import { makeApprenticeship, makePlacement } from "../../tests/opportunities-data";

const now = new Date("2027-03-10T10:00:00Z");

async function staffMember() {
  const user = await makeUser("staff");
  return { id: user.id, email: user.email };
}

function noticesOf(organisationId: string) {
  return prisma.notification.findMany({
    where: { organisationId },
    select: { message: true, link: true },
  });
}

describe("staff deciding on a posting", () => {
  test("approval makes it live, writes the audit trail, and tells the employer with a link", async () => {
    const staff = await staffMember();
    const sme = await makeUser("sme", { verified: true });
    const p = await makeApprenticeship(sme.organisationId, now, {
      state: "submitted",
      firstPublishedAt: null,
      title: "Data apprentice",
    });
    expect(
      await decideOnPosting("apprenticeship", p.id, staff, { intent: "approve" }, now),
    ).toEqual({
      status: "done",
      value: { title: "Data apprentice" },
    });
    expect(
      await prisma.apprenticeship.findUnique({ where: { id: p.id }, select: { state: true } }),
    ).toEqual({ state: "live" });
    const audit = await prisma.auditEvent.findMany({
      where: { targetId: p.id },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "posting.approve", actorId: staff.id }]);
    expect(await noticesOf(sme.organisationId)).toEqual([
      {
        message: `The partnership team approved "Data apprentice". It is live now.`,
        link: `/postings/apprenticeships/${p.id}`,
      },
    ]);
    expect(outboxFor(sme.email).map((m) => m.subject)).toEqual(["Your posting is live"]);
  });

  test("asking for changes sends the reason to the employer", async () => {
    const staff = await staffMember();
    const sme = await makeUser("sme", { verified: true });
    const p = await makePlacement(sme.organisationId, now, {
      state: "submitted",
      title: "Office week",
    });
    const reason = "Say who will look after the students.";
    expect(
      await decideOnPosting("placement", p.id, staff, { intent: "request-changes", reason }, now),
    ).toEqual({
      status: "done",
      value: { title: "Office week" },
    });
    expect(
      await prisma.placement.findUnique({
        where: { id: p.id },
        select: { state: true, changesReason: true },
      }),
    ).toEqual({
      state: "changes-requested",
      changesReason: reason,
    });
    const audit = await prisma.auditEvent.findMany({
      where: { targetId: p.id },
      select: { action: true, reason: true },
    });
    expect(audit).toEqual([{ action: "posting.request-changes", reason }]);
    expect(await noticesOf(sme.organisationId)).toEqual([
      {
        message: `The partnership team asked for changes to "Office week": ${reason}`,
        link: `/postings/placements/${p.id}`,
      },
    ]);
    expect(outboxFor(sme.email).map((m) => m.subject)).toEqual([
      "Changes are needed to your posting",
    ]);
  });

  test("a posting not waiting for a decision is refused and nobody is told; an unknown one is not found", async () => {
    const staff = await staffMember();
    const sme = await makeUser("sme", { verified: true });
    const p = await makeApprenticeship(sme.organisationId, now, { state: "draft" });
    const result = await decideOnPosting("apprenticeship", p.id, staff, { intent: "approve" }, now);
    expect(result).toMatchObject({ status: "refused", field: "form" });
    expect(await noticesOf(sme.organisationId)).toEqual([]);
    expect(outboxFor(sme.email)).toEqual([]);
    expect(
      await decideOnPosting("placement", "no-such-posting", staff, { intent: "approve" }, now),
    ).toEqual({ status: "not-found" });
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import { livePlacementWhere } from "./live.server";
import { takeDownPosting } from "./take-down.server";

const now = new Date("2027-03-10T10:00:00Z");

async function staffMember() {
  const user = await makeUser("staff");
  return { id: user.id, email: user.email };
}

describe("staff take down a live posting", () => {
  test("it closes with the reason, its history and audit say so, and the employer and schools with open requests are told", async () => {
    const staff = await staffMember();
    const employer = await makeOrg("sme");
    const waitingSchool = await makeOrg("school");
    const acceptedSchool = await makeOrg("school");
    const withdrawnSchool = await makeOrg("school");
    const p = await makePlacement(employer.id, now, { title: "Garage week" });
    for (const [school, state] of [
      [waitingSchool, "new"],
      [acceptedSchool, "accepted"],
      [withdrawnSchool, "withdrawn"],
    ] as const)
      await prisma.placementRequest.create({
        data: {
          placementId: p.id,
          schoolOrgId: school.id,
          places: 1,
          yearGroup: "10",
          state,
          placesAccepted: state === "accepted" ? 1 : 0,
        },
      });
    const reason = "The safeguarding contact does not work there.";

    expect(await takeDownPosting(staff, "placement", p.id, reason, now)).toEqual({
      status: "done",
      value: { title: "Garage week" },
    });
    expect(
      await prisma.placement.findUnique({
        where: { id: p.id },
        select: { state: true, closedReason: true, closedAt: true },
      }),
    ).toEqual({ state: "closed", closedReason: reason, closedAt: now });
    expect(await prisma.placement.count({ where: { id: p.id, ...livePlacementWhere(now) } })).toBe(
      0,
    );
    expect(
      await prisma.postingReview.findMany({
        where: { placementId: p.id },
        select: { decision: true, reason: true, staffUserId: true },
      }),
    ).toEqual([{ decision: "taken-down", reason, staffUserId: staff.id }]);
    expect(
      await prisma.auditEvent.findMany({
        where: { targetId: p.id },
        select: { action: true, actorId: true, reason: true, targetLabel: true },
      }),
    ).toEqual([
      { action: "posting.take-down", actorId: staff.id, reason, targetLabel: "Garage week" },
    ]);
    expect(outboxFor(employer.email).map((m) => m.subject)).toEqual([
      "The partnership team took down your posting",
    ]);
    expect(outboxFor(employer.email)[0]?.text).toContain(reason);
    for (const school of [waitingSchool, acceptedSchool])
      expect(outboxFor(school.email).map((m) => m.subject)).toEqual([
        "A placement you asked about was taken down",
      ]);
    expect(outboxFor(withdrawnSchool.email)).toEqual([]);

    // Twice is refused plainly, and writes nothing more.
    expect(await takeDownPosting(staff, "placement", p.id, reason, now)).toEqual({
      status: "refused",
      reason: "This posting is already closed.",
    });
    expect(await prisma.auditEvent.count({ where: { targetId: p.id } })).toBe(1);
  });

  test("only a live posting is taken down; an unknown one is not found", async () => {
    const staff = await staffMember();
    const employer = await makeOrg("sme");
    const draft = await makeApprenticeship(employer.id, now, { state: "draft" });
    expect(await takeDownPosting(staff, "apprenticeship", draft.id, "No", now)).toMatchObject({
      status: "refused",
    });
    expect(await takeDownPosting(staff, "apprenticeship", "nope", "No", now)).toEqual({
      status: "not-found",
    });
    const live = await makeApprenticeship(employer.id, now);
    expect(await takeDownPosting(staff, "apprenticeship", live.id, "Pay is wrong", now)).toEqual({
      status: "done",
      value: { title: "Digital marketing apprentice" },
    });
  });
});

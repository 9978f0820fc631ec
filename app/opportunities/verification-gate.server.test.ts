// Only checked employers reach schools (issue 13): a posting goes live only
// when its organisation is verified, whatever order things happen in.
import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { declineOrganisation } from "~/organisations/verification.server";
import { makeUser } from "../../tests/factories";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import { liveApprenticeshipWhere, livePlacementWhere } from "./live.server";
import { approvalRefusal, notAcceptedSubmitMessage, submitPosting } from "./postings.server";
import { decideOnPosting } from "./review.server";

const now = new Date("2027-03-10T10:00:00Z");

async function staffMember() {
  const user = await makeUser("staff");
  return { id: user.id, email: user.email };
}

function auditOf(...targetIds: string[]) {
  return prisma.auditEvent.findMany({
    where: { targetId: { in: targetIds } },
    orderBy: { createdAt: "asc" },
    select: { action: true, targetType: true, actorId: true },
  });
}

describe("the rule", () => {
  test("only a checked employer's posting is approved; one waiting can be checked and approved together", () => {
    expect(approvalRefusal("verified", "approve")).toBeNull();
    expect(approvalRefusal("verified", "verify-and-approve")).toBeNull();
    expect(approvalRefusal("unverified", "verify-and-approve")).toBeNull();
    expect(approvalRefusal("unverified", "approve")).toMatch(/not been checked yet/);
    for (const intent of ["approve", "verify-and-approve"] as const) {
      expect(approvalRefusal("declined", intent)).toMatch(/not accepted/);
      expect(approvalRefusal("revoked", intent)).toMatch(/taken back/);
    }
  });
});

describe("declined, then trying to publish", () => {
  test("fails at every step: sending, approving, checking-and-approving, and listing", async () => {
    const staff = await staffMember();
    const sme = await makeOrg("sme", false);
    // One sent before the decision, one still a draft.
    const sent = await makeApprenticeship(sme.id, now, {
      state: "submitted",
      firstPublishedAt: null,
    });
    const draft = await makePlacement(sme.id, now, { state: "draft" });
    expect(await declineOrganisation(staff, sme.id, "We could not find this firm.")).toMatchObject({
      status: "done",
    });

    expect(await submitPosting("placement", draft.id, sme.id, now)).toEqual({
      status: "refused",
      reason: notAcceptedSubmitMessage,
    });
    for (const intent of ["approve", "verify-and-approve"] as const) {
      expect(await decideOnPosting("apprenticeship", sent.id, staff, { intent }, now)).toEqual({
        status: "refused",
        reason:
          "This employer was not accepted, so its postings cannot go live. Send the posting back.",
        field: "form",
      });
    }
    expect(
      await prisma.apprenticeship.findUnique({ where: { id: sent.id }, select: { state: true } }),
    ).toEqual({ state: "submitted" });
    expect(
      await prisma.organisation.findUnique({
        where: { id: sme.id },
        select: { verificationStatus: true },
      }),
    ).toEqual({ verificationStatus: "declined" });
    // Sending it back still works, so the employer learns what to do.
    expect(
      await decideOnPosting(
        "apprenticeship",
        sent.id,
        staff,
        { intent: "request-changes", reason: "Your organisation must be accepted first." },
        now,
      ),
    ).toMatchObject({ status: "done" });

    // Even a row forced to "live" is not listed while the employer is declined.
    const forced = await makePlacement(sme.id, now, { state: "live" });
    expect(
      await prisma.placement.count({ where: { id: forced.id, ...livePlacementWhere(now) } }),
    ).toBe(0);
  });
});

describe("an employer not yet checked", () => {
  test("plain approval is refused; the posting stays waiting", async () => {
    const staff = await staffMember();
    const sme = await makeOrg("sme", false);
    const p = await makePlacement(sme.id, now, { state: "submitted" });
    const result = await decideOnPosting("placement", p.id, staff, { intent: "approve" }, now);
    expect(result).toMatchObject({ status: "refused", field: "form" });
    expect(
      await prisma.placement.findUnique({ where: { id: p.id }, select: { state: true } }),
    ).toEqual({ state: "submitted" });
    expect(await auditOf(p.id, sme.id)).toEqual([]);
  });

  test("check and approve in one step: both recorded, both told, and the posting is live", async () => {
    const staff = await staffMember();
    const sme = await makeOrg("sme", false);
    const p = await makeApprenticeship(sme.id, now, {
      state: "submitted",
      firstPublishedAt: null,
      title: "Cloud apprentice",
    });
    expect(
      await decideOnPosting("apprenticeship", p.id, staff, { intent: "verify-and-approve" }, now),
    ).toEqual({ status: "done", value: { title: "Cloud apprentice" } });

    expect(
      await prisma.organisation.findUnique({
        where: { id: sme.id },
        select: { verificationStatus: true, verifiedAt: true },
      }),
    ).toEqual({ verificationStatus: "verified", verifiedAt: now });
    expect(await auditOf(p.id, sme.id)).toEqual(
      expect.arrayContaining([
        { action: "organisation.verify", targetType: "organisation", actorId: staff.id },
        { action: "posting.approve", targetType: "apprenticeship", actorId: staff.id },
      ]),
    );
    expect(await auditOf(p.id, sme.id)).toHaveLength(2);
    expect(
      await prisma.apprenticeship.count({ where: { id: p.id, ...liveApprenticeshipWhere(now) } }),
    ).toBe(1);
    expect(outboxFor(sme.email).map((m) => m.subject)).toEqual(
      expect.arrayContaining(["Your organisation has been checked", "Your posting is live"]),
    );
  });
});

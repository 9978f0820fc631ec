import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import {
  askToBeCheckedAgain,
  declineOrganisation,
  decisionRefusal,
  verifyOrganisation,
} from "./verification.server";

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

describe("the statuses move one way", () => {
  test("staff decide only on an organisation that is waiting; a checked one is revoked, never declined", () => {
    expect(decisionRefusal("unverified", "verify")).toBeNull();
    expect(decisionRefusal("unverified", "decline")).toBeNull();
    expect(decisionRefusal("verified", "revoke")).toBeNull();
    expect(decisionRefusal("verified", "verify")).toBe(
      "This organisation has already been checked.",
    );
    expect(decisionRefusal("verified", "decline")).toMatch(/take the check back instead/);
    expect(decisionRefusal("declined", "verify")).toMatch(/ask again first/);
    expect(decisionRefusal("unverified", "revoke")).toMatch(/Only a checked organisation/);
    expect(decisionRefusal("revoked", "verify")).toMatch(/taken back/);
  });

  test("a stale form cannot check a declined organisation", async () => {
    const staff = await staffMember();
    const sme = await waiting("sme");
    await declineOrganisation(staff, sme.organisationId, "Not a real firm.");
    expect(await verifyOrganisation(staff, sme.organisationId, now)).toMatchObject({
      status: "refused",
    });
    expect((await stateOf(sme.organisationId)).verificationStatus).toBe("declined");
  });
});

describe("asking to be checked again", () => {
  test("a declined organisation waits again, its request is in its history, and staff can then check it", async () => {
    const staff = await staffMember();
    const sme = await waiting("sme");
    const member = { id: sme.id, email: sme.email, organisationId: sme.organisationId };
    expect(await askToBeCheckedAgain(member)).toMatchObject({ status: "refused" });
    await declineOrganisation(staff, sme.organisationId, "Give your full postcode.");
    expect(await askToBeCheckedAgain(member)).toEqual({
      status: "done",
      value: { name: sme.name },
    });
    expect(await stateOf(sme.organisationId)).toEqual({
      verificationStatus: "unverified",
      verificationReason: null,
      verifiedAt: null,
    });
    expect((await auditOf(sme.organisationId)).map((e) => [e.action, e.actorId])).toEqual([
      ["organisation.decline", staff.id],
      ["organisation.ask-again", sme.id],
    ]);
    expect(await verifyOrganisation(staff, sme.organisationId, now)).toMatchObject({
      status: "done",
    });
  });
});

describe("taking back a check", () => {
  test("an employer's live postings close, schools that asked are told, and it is audited", async () => {
    const { makeApprenticeship, makeOrg, makePlacement } =
      await import("../../tests/opportunities-data");
    const { revokeOrganisation } = await import("./verification.server");
    const staff = await staffMember();
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const a = await makeApprenticeship(employer.id, now);
    const p = await makePlacement(employer.id, now);
    const draft = await makePlacement(employer.id, now, { state: "draft" });
    await prisma.placementRequest.create({
      data: { placementId: p.id, schoolOrgId: school.id, places: 2, yearGroup: "10" },
    });
    const reason = "The firm has closed down.";

    expect(await revokeOrganisation(staff, employer.id, reason, now)).toEqual({
      status: "done",
      value: { name: employer.name, postingsClosed: 2 },
    });
    expect(await stateOf(employer.id)).toEqual({
      verificationStatus: "revoked",
      verificationReason: reason,
      verifiedAt: null,
    });
    const states = await prisma.placement.findMany({
      where: { organisationId: employer.id },
      select: { id: true, state: true },
    });
    expect(states).toEqual(
      expect.arrayContaining([
        { id: p.id, state: "closed" },
        { id: draft.id, state: "draft" },
      ]),
    );
    expect(
      await prisma.apprenticeship.findUnique({ where: { id: a.id }, select: { state: true } }),
    ).toEqual({ state: "closed" });
    expect(
      (
        await prisma.auditEvent.findMany({
          where: { targetId: { in: [employer.id, a.id, p.id] } },
          select: { action: true },
        })
      )
        .map((e) => e.action)
        .sort(),
    ).toEqual(["organisation.revoke", "posting.take-down", "posting.take-down"]);
    expect(outboxFor(employer.email).map((m) => m.subject)).toEqual([
      "The partnership team took back its check on your organisation",
    ]);
    expect(outboxFor(school.email).map((m) => m.subject)).toEqual([
      "A placement you asked about was taken down",
    ]);
    // Only once; and a waiting organisation has no check to take back.
    expect(await revokeOrganisation(staff, employer.id, reason, now)).toMatchObject({
      status: "refused",
    });
    const waitingOne = await waiting("sme");
    expect(await revokeOrganisation(staff, waitingOne.organisationId, reason, now)).toMatchObject({
      status: "refused",
    });
  });

  test("a board firm's mentors and offers are hidden at once", async () => {
    const { mentor, offer } = await import("../../tests/mentoring-data");
    const { loadMentors, loadOffers } = await import("~/mentoring/candidates.server");
    const { revokeOrganisation } = await import("./verification.server");
    const staff = await staffMember();
    const board = await mentor();
    const clinic = await offer(5, { board });
    expect((await loadMentors()).map((m) => m.id)).toContain(board.profileId);
    expect((await loadOffers(new Date())).map((o) => o.id)).toContain(clinic.id);
    await revokeOrganisation(staff, board.organisationId, "Not a partnership firm any more.");
    expect((await loadMentors()).map((m) => m.id)).not.toContain(board.profileId);
    expect((await loadOffers(new Date())).map((o) => o.id)).not.toContain(clinic.id);
  });
});

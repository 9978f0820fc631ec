import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { makeOrg, makePlacement, makePlacementRequest } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import {
  addConcernNote,
  alreadyClosedMessage,
  closeConcern,
  closedConcerns,
  concernForStaff,
  concernQueue,
  openConcernCount,
} from "./concerns.server";
import { reportConcern } from "./messages.server";

const now = new Date("2027-03-10T10:00:00Z");

async function raisedConcern() {
  const sme = await makeOrg("sme");
  const school = await makeOrg("school");
  const placement = await makePlacement(sme.id, now);
  const request = await makePlacementRequest(placement.id, school);
  await reportConcern(
    { userId: school.userId, organisationId: school.id },
    request.id,
    "The employer asked for home addresses.",
    now,
  );
  const concern = await prisma.placementConcern.findFirstOrThrow({
    where: { requestId: request.id },
    select: { id: true },
  });
  const staffUser = await makeUser("staff");
  return { sme, school, request, concern, staff: { id: staffUser.id, email: staffUser.email } };
}

const auditOf = (targetId: string) =>
  prisma.auditEvent.findMany({
    where: { targetId },
    select: { action: true, actorEmail: true, reason: true },
    orderBy: { seq: "asc" },
  });

describe("staff act on a concern", () => {
  test("a note is kept with the concern, audited, and seen only on the staff page", async () => {
    const { concern, staff, school } = await raisedConcern();
    expect(await addConcernNote(staff, concern.id, "Rang the employer.", now)).toEqual({
      status: "done",
      value: undefined,
    });
    const seen = await concernForStaff(concern.id);
    expect(seen?.notes.map((n) => n.body)).toEqual(["Rang the employer."]);
    expect(await auditOf(concern.id)).toEqual([
      { action: "concern.note", actorEmail: staff.email, reason: null },
    ]);
    // A note tells no one.
    expect(outboxFor(school.email).map((m) => m.subject)).toEqual([]);
    expect(await addConcernNote(staff, "no-such-concern", "x", now)).toEqual({
      status: "not-found",
    });
  });

  test("closing records the outcome, leaves the queue, is audited, and tells the person who raised it", async () => {
    const { concern, staff, school, sme } = await raisedConcern();
    const before = await openConcernCount();
    const result = await closeConcern(
      staff,
      concern.id,
      {
        outcome: "acted",
        outcomeNote: "Spoke to the owner; they will not ask again.",
        replyToRaiser: "Thank you for telling us.",
      },
      now,
    );
    expect(result).toMatchObject({ status: "done", value: { told: true } });
    expect(await openConcernCount()).toBe(before - 1);
    expect((await concernQueue()).some((c) => c.id === concern.id)).toBe(false);
    expect((await closedConcerns()).find((c) => c.id === concern.id)).toMatchObject({
      outcome: "acted",
    });
    expect(await concernForStaff(concern.id)).toMatchObject({
      closedAt: now,
      outcome: "acted",
      outcomeNote: "Spoke to the owner; they will not ask again.",
      closedBy: { name: expect.any(String) },
    });
    // The trail has the outcome, never staff's own words.
    expect(await auditOf(concern.id)).toEqual([
      { action: "concern.close", actorEmail: staff.email, reason: "We dealt with it" },
    ]);

    // The person who raised it: in the app and by email, without staff's note.
    const notices = await prisma.notification.findMany({
      where: { organisationId: school.id, userId: school.userId },
      select: { message: true },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain("We looked into it and dealt with it.");
    expect(notices[0]?.message).toContain("Thank you for telling us.");
    expect(notices[0]?.message).not.toContain("Spoke to the owner");
    const mails = outboxFor(school.email).filter(
      (m) => m.subject === "We have looked at your concern",
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).not.toContain("Spoke to the owner");
    // The other side is not told that a concern was raised or closed.
    expect(outboxFor(sme.email).map((m) => m.subject)).not.toContain(
      "We have looked at your concern",
    );
  });

  test("a concern closes once: a second close is refused and changes nothing", async () => {
    const { concern, staff } = await raisedConcern();
    const first = { outcome: "unfounded" as const, outcomeNote: "Checked: all fine." };
    const second = { outcome: "referred" as const, outcomeNote: "Passed on." };
    const results = await Promise.all([
      closeConcern(staff, concern.id, first, now),
      closeConcern(staff, concern.id, second, now),
    ]);
    expect(results.filter((r) => r.status === "done")).toHaveLength(1);
    expect(results.filter((r) => r.status === "refused")).toEqual([
      { status: "refused", reason: alreadyClosedMessage },
    ]);
    expect((await auditOf(concern.id)).map((a) => a.action)).toEqual(["concern.close"]);
  });

  test("when the person who raised it has left, it still closes and no one is told", async () => {
    const { concern, staff, school } = await raisedConcern();
    await prisma.user.delete({ where: { id: school.userId } });
    expect(
      await closeConcern(
        staff,
        concern.id,
        { outcome: "referred", outcomeNote: "Sent to the council." },
        now,
      ),
    ).toMatchObject({ status: "done", value: { told: false } });
    expect(await prisma.notification.count({ where: { organisationId: school.id } })).toBe(0);
  });
});

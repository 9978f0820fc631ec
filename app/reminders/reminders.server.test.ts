import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentor, offer, request, sme } from "../../tests/mentoring-data";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";
import { currentBank } from "~/readiness/question-bank";
import { outboxFor } from "../../tests/outbox";
import { dueReminders, sendReminders } from "./reminders.server";

// A fixed clock: Tuesday 1 December 2026, 9am UK time (GMT).
const now = new Date("2026-12-01T09:00:00Z");
const DAY = 86_400_000;

async function acceptedRequest(employerId: string, schoolId: string, startInDays: number) {
  const placement = await makePlacement(employerId, now, { startInDays });
  return prisma.placementRequest.create({
    data: {
      placementId: placement.id,
      schoolOrgId: schoolId,
      places: 2,
      yearGroup: "10",
      state: "accepted",
      placesAccepted: 2,
    },
    select: { id: true },
  });
}

const keysFor = async (recordId: string) =>
  (await dueReminders(now))
    .filter((r) => r.recordId === recordId)
    .map((r) => `${r.rule}:${r.organisationId}`)
    .sort();

describe("reminders", () => {
  test("the day before a booked workshop, the person who booked gets one, once, even if the job runs twice at once", async () => {
    // 10am UK time tomorrow.
    const o = await offer(10, { startsAt: new Date("2026-12-02T10:00:00Z") });
    const firm = await makeUser("sme", { verified: true });
    const booking = await prisma.offerBooking.create({
      data: { offerId: o.id, smeOrgId: firm.organisationId, bookedById: firm.id, seats: 1 },
      select: { id: true },
    });
    const [a, b] = await Promise.all([sendReminders(now), sendReminders(now)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    await sendReminders(new Date(now.getTime() + 3_600_000));
    const mails = outboxFor(firm.email).filter((m) => m.subject === "Tomorrow: Data clinic");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("starts tomorrow at 10am");
    expect(mails[0]!.text).toContain("List-Unsubscribe: <");
    expect(mails[0]!.text).toContain("/account#reminders");
    expect(await prisma.reminderSent.count({ where: { key: { contains: booking.id } } })).toBe(1);
    expect(
      await prisma.notification.count({
        where: { organisationId: firm.organisationId, message: { contains: "starts tomorrow" } },
      }),
    ).toBe(1);
  });

  test("nothing goes out in quiet hours; the next run in the day sends it", async () => {
    const o = await offer(10, { startsAt: new Date("2026-12-02T10:00:00Z") });
    const firm = await makeUser("sme", { verified: true });
    await prisma.offerBooking.create({
      data: { offerId: o.id, smeOrgId: firm.organisationId, bookedById: firm.id, seats: 1 },
    });
    expect(await sendReminders(new Date("2026-12-01T06:30:00Z"))).toBe(0);
    expect(await sendReminders(new Date("2026-12-01T21:00:00Z"))).toBe(0);
    expect(outboxFor(firm.email).filter((m) => m.subject.startsWith("Tomorrow"))).toEqual([]);
    await sendReminders(now);
    expect(outboxFor(firm.email).filter((m) => m.subject.startsWith("Tomorrow"))).toHaveLength(1);
  });

  test("someone who turned reminder emails off still gets the notice in the app, and no email", async () => {
    const o = await offer(10, { startsAt: new Date("2026-12-02T15:00:00Z") });
    const firm = await makeUser("sme", { verified: true });
    await prisma.user.update({ where: { id: firm.id }, data: { reminderEmails: false } });
    await prisma.offerBooking.create({
      data: { offerId: o.id, smeOrgId: firm.organisationId, bookedById: firm.id, seats: 1 },
    });
    await sendReminders(now);
    expect(outboxFor(firm.email).filter((m) => m.subject.startsWith("Tomorrow"))).toEqual([]);
    expect(
      await prisma.notification.count({
        where: { userId: firm.id, message: { contains: "starts tomorrow at 3pm" } },
      }),
    ).toBe(1);
  });

  test("both sides of a placement hear a week before and the day before", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const tomorrow = await acceptedRequest(employer.id, school.id, 1);
    const nextWeek = await acceptedRequest(employer.id, school.id, 7);
    const farOff = await acceptedRequest(employer.id, school.id, 20);
    expect(await keysFor(tomorrow.id)).toEqual(
      [`placement-day-before:${employer.id}`, `placement-day-before:${school.id}`].sort(),
    );
    expect(await keysFor(nextWeek.id)).toEqual(
      [`placement-week-before:${employer.id}`, `placement-week-before:${school.id}`].sort(),
    );
    expect(await keysFor(farOff.id)).toEqual([]);
  });

  test("three days before a request expires unanswered, the side that must answer hears", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const soon = await makePlacement(employer.id, now, { startInDays: 3 });
    const later = await makePlacement(employer.id, now, { startInDays: 10 });
    const [dueSoon, notYet] = await Promise.all(
      [soon, later].map((p) =>
        prisma.placementRequest.create({
          data: { placementId: p.id, schoolOrgId: school.id, places: 1, yearGroup: "10" },
          select: { id: true },
        }),
      ),
    );
    expect(await keysFor(dueSoon!.id)).toEqual([`placement-request-expiring:${employer.id}`]);
    expect(await keysFor(notYet!.id)).toEqual([]);

    const coach = await mentor();
    const firm = await sme();
    const old = await request(firm, coach.profileId, new Date(now.getTime() - 12 * DAY));
    const fresh = await request(firm, coach.profileId, new Date(now.getTime() - 2 * DAY));
    const due = (await dueReminders(now)).filter((r) => r.recordId === old);
    expect(due).toMatchObject([
      {
        rule: "mentoring-request-expiring",
        userId: coach.id,
        organisationId: coach.organisationId,
      },
    ]);
    expect(await keysFor(fresh)).toEqual([]);
  });

  test("after a placement, each side that has not recorded attendance in 3 days is asked", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    // Ended 4 days ago (started 8 days ago, 5 days long); the school has recorded already.
    const ended = await acceptedRequest(employer.id, school.id, -8);
    await prisma.placementRequest.update({ where: { id: ended.id }, data: { schoolAttended: 2 } });
    // Ended yesterday: still within the 3 days.
    const justEnded = await acceptedRequest(employer.id, school.id, -5);
    expect(await keysFor(ended.id)).toEqual([`placement-outcome:${employer.id}`]);
    expect(await keysFor(justEnded.id)).toEqual([]);
  });

  test("when mentoring ends the SME is asked to retake the check, again after 30 days, and not once retaken", async () => {
    const coach = await mentor();
    const firm = await sme();
    const recent = await request(firm, coach.profileId);
    const month = await request(firm, coach.profileId);
    await prisma.mentoringRequest.update({
      where: { id: recent },
      data: { state: "completed", endedAt: new Date(now.getTime() - DAY) },
    });
    await prisma.mentoringRequest.update({
      where: { id: month },
      data: { state: "completed", endedAt: new Date(now.getTime() - 31 * DAY) },
    });
    expect(await keysFor(recent)).toEqual([`mentoring-retake:${firm.organisationId}`]);
    expect(await keysFor(month)).toEqual([`mentoring-retake-again:${firm.organisationId}`]);

    await prisma.readinessCheck.create({
      data: {
        organisationId: firm.organisationId,
        bankVersion: currentBank.version,
        status: "submitted",
        submittedAt: new Date(now.getTime() - 3_600_000),
      },
    });
    expect(await keysFor(recent)).toEqual([]);
    expect(await keysFor(month)).toEqual([]);
  });

  test("action plan items due: one reminder a firm a due day, once, not for done or later items, none in quiet hours", async () => {
    const firm = await makeUser("sme", { verified: true });
    const colleague = await makeUser("sme", {
      verified: true,
      organisationId: firm.organisationId,
    });
    await prisma.user.update({ where: { id: colleague.id }, data: { reminderEmails: false } });
    const item = (title: string, dueOn: string, status: "todo" | "doing" | "done" = "todo") =>
      prisma.actionItem.create({
        data: {
          organisationId: firm.organisationId,
          title,
          owner: "Sam",
          dueOn: new Date(`${dueOn}T00:00:00Z`),
          status,
        },
      });
    await item("Back up the laptops", "2026-12-01");
    await item("Write a password rule", "2026-12-01", "doing");
    await item("Already done", "2026-12-01", "done");
    await item("Next week", "2026-12-08");
    await item("Missed on Saturday", "2026-11-28");
    await item("Long ago", "2026-10-01");

    const due = (await dueReminders(now)).filter(
      (r) => r.rule === "action-plan-due" && r.organisationId === firm.organisationId,
    );
    expect(due.map((r) => [r.recordId, r.subject])).toEqual([
      ["2026-11-28", "An action was due on 28 November 2026"],
      ["2026-12-01", "2 actions are due today"],
    ]);
    expect(due[1]!.message).toBe(
      "These 2 actions in your plan are not done yet and due today: Back up the laptops (Sam); Write a password rule (Sam).",
    );
    expect(due[1]!.link).toBe("/readiness/plan");

    // Quiet hours (7am UK time): nothing; then two runs at once and a later one send each once.
    expect(await sendReminders(new Date("2026-12-01T07:00:00Z"))).toBe(0);
    await Promise.all([sendReminders(now), sendReminders(now)]);
    await sendReminders(new Date(now.getTime() + 3 * 3_600_000));
    const mails = outboxFor(firm.email).filter((m) => m.subject.includes("due"));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "2 actions are due today",
      "An action was due on 28 November 2026",
    ]);
    expect(mails[0]!.text).toContain("List-Unsubscribe: <");
    // The outbox keeps the plain-text part: the message and the plan's address are in it.
    expect(mails.map((m) => m.text).join("\n")).toContain("Back up the laptops (Sam)");
    expect(mails[0]!.text).toContain("/readiness/plan");
    // Turned off: no email for the colleague, but the firm's notice in the app is there for both.
    expect(outboxFor(colleague.email).filter((m) => m.subject.includes("due"))).toEqual([]);
    expect(
      await prisma.notification.count({
        where: { organisationId: firm.organisationId, link: "/readiness/plan" },
      }),
    ).toBe(2);
    expect(
      await prisma.reminderSent.count({
        where: { key: { startsWith: "action-plan-due:", endsWith: firm.organisationId } },
      }),
    ).toBe(2);
  });
});

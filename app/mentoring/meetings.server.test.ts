import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { sendReminders } from "~/reminders/reminders.server";
import { makeUser } from "../../tests/factories";
import { mentor, request, sme } from "../../tests/mentoring-data";
import { outboxFor } from "../../tests/outbox";
import {
  acceptMeeting,
  cancelMeeting,
  declineMeeting,
  meetingInviteFile,
  proposeMeeting,
  rescheduleMeeting,
} from "./meetings.server";
import { changeRequest } from "./requests.server";
import type { Meeting } from "./schemas";

const line = (text: string, name: string) =>
  new RegExp(`^${name}:(.*)$`, "m").exec(text.replace(/\r\n[ \t]/g, "").replace(/\r/g, ""))?.[1];
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");

const HOUR = 3_600_000;
const inDays = (days: number): Meeting => {
  const startsAt = new Date(Math.ceil((Date.now() + days * 24 * HOUR) / HOUR) * HOUR);
  return {
    startsAt,
    endsAt: new Date(startsAt.getTime() + HOUR),
    location: null,
    joinUrl: "https://meet.example.com/mentoring",
  };
};

async function activeMentoring() {
  const firm = await sme();
  const board = await mentor();
  const id = await request(firm, board.profileId);
  await prisma.mentoringRequest.update({ where: { id }, data: { state: "accepted" } });
  const people = await prisma.user.findMany({
    where: { id: { in: [firm.id, board.id] } },
    select: { id: true, name: true },
  });
  const name = (userId: string) => people.find((p) => p.id === userId)!.name;
  return {
    id,
    firm: { ...firm, name: name(firm.id) },
    board: { ...board, name: name(board.id) },
  };
}

describe("planned mentoring sessions", () => {
  test("the business proposes; the mentor is told; on accepting both get the same invite", async () => {
    const { id, firm, board } = await activeMentoring();
    const when = inDays(5);
    const proposed = await proposeMeeting(firm, id, when);
    if (proposed.status !== "done") throw new Error("not proposed");
    const meetingId = proposed.value.id;
    expect(outboxFor(board.email).map((m) => m.subject)).toEqual(["A mentoring session to agree"]);
    expect(outboxFor(board.email)[0]!.text).toContain("Join online: https://meet.example.com");

    // The one who proposed it cannot accept it.
    expect(await acceptMeeting(firm, id, meetingId)).toMatchObject({ status: "refused" });
    expect(await acceptMeeting(board, id, meetingId)).toEqual({ status: "done" });

    for (const person of [firm, board]) {
      const mail = outboxFor(person.email).find((m) =>
        m.subject.startsWith("Mentoring session agreed"),
      );
      expect(mail, person.email).toBeDefined();
      expect(line(mail!.text, "METHOD")).toBe("REQUEST");
      expect(line(mail!.text, "UID")).toBe(`mentoring-meeting-${meetingId}@skillsbridge.invalid`);
      expect(line(mail!.text, "SEQUENCE")).toBe("0");
      expect(line(mail!.text, "DTSTART")).toBe(stamp(when.startsAt));
      expect(line(mail!.text, "URL")).toBe("https://meet.example.com/mentoring");
      expect(mail!.text).toContain(`ATTENDEE`);
    }
    // The firm is told in the app (its email is the invite).
    expect(
      await prisma.notification.count({
        where: {
          organisationId: firm.organisationId,
          message: { contains: "accepted the mentoring session" },
        },
      }),
    ).toBe(1);
  });

  test("moving an agreed session updates both calendars; cancelling it removes it from both", async () => {
    const { id, firm, board } = await activeMentoring();
    const proposed = await proposeMeeting(board, id, inDays(3));
    if (proposed.status !== "done") throw new Error("not proposed");
    const meetingId = proposed.value.id;
    await acceptMeeting(firm, id, meetingId);

    const later = { ...inDays(4), location: "Unit 4, Digbeth", joinUrl: null };
    expect(await rescheduleMeeting(firm, id, meetingId, later)).toEqual({ status: "done" });
    for (const person of [firm, board]) {
      const moved = outboxFor(person.email).find((m) =>
        m.subject.startsWith("Mentoring session moved"),
      );
      expect(line(moved!.text, "UID")).toBe(`mentoring-meeting-${meetingId}@skillsbridge.invalid`);
      expect(line(moved!.text, "SEQUENCE")).toBe("1");
      expect(line(moved!.text, "DTSTART")).toBe(stamp(later.startsAt));
      expect(line(moved!.text, "LOCATION")).toBe("Unit 4\\, Digbeth");
    }

    expect(await cancelMeeting(board, id, meetingId)).toEqual({ status: "done" });
    for (const person of [firm, board]) {
      const cancel = outboxFor(person.email).find((m) =>
        m.subject.startsWith("Mentoring session cancelled"),
      );
      expect(line(cancel!.text, "METHOD")).toBe("CANCEL");
      expect(line(cancel!.text, "STATUS")).toBe("CANCELLED");
      expect(line(cancel!.text, "SEQUENCE")).toBe("2");
    }
    // Nothing more can be done with it.
    expect(await cancelMeeting(firm, id, meetingId)).toMatchObject({ status: "refused" });
  });

  test("a declined proposal tells whoever proposed it, and sends no invite", async () => {
    const { id, firm, board } = await activeMentoring();
    const proposed = await proposeMeeting(firm, id, inDays(2));
    if (proposed.status !== "done") throw new Error("not proposed");
    expect(await declineMeeting(board, id, proposed.value.id)).toEqual({ status: "done" });
    expect(outboxFor(firm.email).map((m) => m.subject)).toEqual(["Mentoring session declined"]);
    expect(outboxFor(board.email).some((m) => m.text.includes("invite.ics"))).toBe(false);
  });

  test("only the two sides see or touch a session, and only while mentoring is active", async () => {
    const { id, firm, board } = await activeMentoring();
    const proposed = await proposeMeeting(firm, id, inDays(2));
    if (proposed.status !== "done") throw new Error("not proposed");
    const meetingId = proposed.value.id;
    const otherFirm = await makeUser("sme", { verified: true });
    const otherMentor = await mentor();
    const strangers = [
      { ...otherFirm, role: "sme", name: "Other" },
      { ...otherMentor, name: "Other" },
    ];
    for (const stranger of strangers) {
      expect(await acceptMeeting(stranger, id, meetingId)).toEqual({ status: "not-found" });
      expect(await cancelMeeting(stranger, id, meetingId)).toEqual({ status: "not-found" });
      expect(await proposeMeeting(stranger, id, inDays(3))).toEqual({ status: "not-found" });
      expect(await meetingInviteFile(stranger, id, meetingId)).toBeNull();
    }
    // No invite to download before it is agreed; then each side gets its own.
    expect(await meetingInviteFile(board, id, meetingId)).toBeNull();
    await acceptMeeting(board, id, meetingId);
    const file = await meetingInviteFile(board, id, meetingId);
    expect(file).toContain(`mentoring-meeting-${meetingId}@skillsbridge.invalid`);
    expect(file).toContain(board.email);

    // Ending mentoring cancels what is still to come, in both calendars.
    await changeRequest(firm, id, "end", "We reached our goals");
    expect(
      await prisma.mentoringMeeting.findUniqueOrThrow({
        where: { id: meetingId },
        select: { state: true },
      }),
    ).toEqual({ state: "cancelled" });
    expect(
      outboxFor(board.email).filter((m) => m.subject.startsWith("Mentoring session cancelled")),
    ).toHaveLength(1);
    expect(await proposeMeeting(firm, id, inDays(3))).toMatchObject({ status: "refused" });
  });

  test("both sides are reminded the day before an agreed session, once", async () => {
    const { id, firm, board } = await activeMentoring();
    // A fixed clock: Tuesday 1 December 2026, 9am UK time; the session is at 2pm the next day.
    const now = new Date("2026-12-01T09:00:00Z");
    const meeting = await prisma.mentoringMeeting.create({
      data: {
        relationshipId: id,
        proposedBySide: "sme",
        proposedById: firm.id,
        smeUserId: firm.id,
        state: "accepted",
        startsAt: new Date("2026-12-02T14:00:00Z"),
        endsAt: new Date("2026-12-02T15:00:00Z"),
        joinUrl: "https://meet.example.com/x",
      },
      select: { id: true },
    });
    // A proposal not yet agreed is not reminded.
    await prisma.mentoringMeeting.create({
      data: {
        relationshipId: id,
        proposedBySide: "sme",
        startsAt: new Date("2026-12-02T16:00:00Z"),
        endsAt: new Date("2026-12-02T17:00:00Z"),
        location: "Office",
      },
    });
    await sendReminders(now);
    await sendReminders(new Date(now.getTime() + HOUR));
    for (const person of [firm, board]) {
      const reminders = outboxFor(person.email).filter((m) =>
        m.subject.startsWith("Tomorrow: mentoring"),
      );
      expect(reminders.map((m) => m.subject)).toEqual(["Tomorrow: mentoring at 2pm"]);
    }
    expect(await prisma.reminderSent.count({ where: { key: { contains: meeting.id } } })).toBe(2);
  });
});

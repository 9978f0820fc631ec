import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { outboxFor } from "../../tests/outbox";
import { mentor, request, sme, userName } from "../../tests/mentoring-data";
import { giveFeedback, logSession, postMessage, setActionDone } from "./relationship.server";
import { changeRequest } from "./requests.server";

/** A business and a mentor with mentoring under way between them. */
async function active() {
  const firm = await sme();
  const m = await mentor();
  const id = await request(firm, m.profileId);
  const accepted = await changeRequest(m, id, "accept", null);
  if (accepted.status !== "done") throw new Error(accepted.status);
  return { firm, m, id };
}

const session = {
  date: new Date("2027-03-01T00:00:00Z"),
  minutes: 60,
  topics: "Backups",
  actions: ["Buy a disk", "Test a restore"],
};

describe("sessions and actions", () => {
  test("either side logs a session with its actions, and ticks an action done", async () => {
    const { firm, m, id } = await active();
    expect(await logSession(m, id, session)).toEqual({ status: "done", value: undefined });
    const logged = await prisma.mentoringSession.findFirstOrThrow({
      where: { relationshipId: id },
      select: {
        minutes: true,
        topics: true,
        loggedById: true,
        actions: { select: { id: true, text: true, done: true }, orderBy: { text: "asc" } },
      },
    });
    expect(logged).toMatchObject({ minutes: 60, topics: "Backups", loggedById: m.id });
    expect(logged.actions.map((a) => [a.text, a.done])).toEqual([
      ["Buy a disk", false],
      ["Test a restore", false],
    ]);
    const action = logged.actions[0]!;
    expect(await setActionDone(firm, id, action.id, true)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(
      await prisma.mentoringAction.findUniqueOrThrow({
        where: { id: action.id },
        select: { done: true },
      }),
    ).toEqual({ done: true });
  });

  test("nothing is logged before mentoring is active, and a stranger finds nothing", async () => {
    const firm = await sme();
    const m = await mentor();
    const stranger = await mentor();
    const id = await request(firm, m.profileId);
    expect(await logSession(m, id, session)).toEqual({
      status: "refused",
      reason: "You can only do this while mentoring is active.",
    });
    expect(await logSession(stranger, id, session)).toEqual({ status: "not-found" });
    expect(await prisma.mentoringSession.count({ where: { relationshipId: id } })).toBe(0);
  });

  test("a stranger cannot tick an action", async () => {
    const { m, id } = await active();
    const stranger = await mentor();
    await logSession(m, id, session);
    const action = await prisma.mentoringAction.findFirstOrThrow({
      where: { session: { relationshipId: id } },
      select: { id: true },
    });
    expect(await setActionDone(stranger, id, action.id, true)).toMatchObject({ status: "refused" });
    expect(
      await prisma.mentoringAction.findUniqueOrThrow({
        where: { id: action.id },
        select: { done: true },
      }),
    ).toEqual({ done: false });
  });
});

describe("messages", () => {
  test("a message is kept and the other side is told, in the app and by email", async () => {
    const { firm, m, id } = await active();
    const author = { ...firm, name: await userName(firm.id) };
    expect(await postMessage(author, id, "Can we meet on Tuesday?")).toEqual({
      status: "done",
      value: undefined,
    });
    const kept = await prisma.mentoringMessage.findMany({
      where: { relationshipId: id },
      select: { body: true, authorId: true },
    });
    expect(kept).toEqual([{ body: "Can we meet on Tuesday?", authorId: firm.id }]);
    const told = await prisma.notification.findMany({
      where: {
        organisationId: m.organisationId,
        link: `/mentoring/${id}`,
        message: { contains: "message" },
      },
      select: { message: true, userId: true },
    });
    expect(told).toEqual([
      { message: `${author.name} sent you a message about mentoring.`, userId: m.id },
    ]);
    expect(outboxFor(m.email).map((mail) => mail.subject)).toContain("New mentoring message");
  });

  test("no message before mentoring is active; nobody is told", async () => {
    const firm = await sme();
    const m = await mentor();
    const id = await request(firm, m.profileId);
    expect(await postMessage({ ...m, name: "Mentor" }, id, "Hello")).toEqual({
      status: "refused",
      reason: "You can only do this while mentoring is active.",
    });
    expect(await prisma.mentoringMessage.count({ where: { relationshipId: id } })).toBe(0);
    expect(
      await prisma.notification.count({
        where: { organisationId: firm.organisationId, link: `/mentoring/${id}` },
      }),
    ).toBe(0);
  });
});

describe("feedback", () => {
  test("each side gives feedback once, after mentoring has ended", async () => {
    const { firm, m, id } = await active();
    expect(await giveFeedback(firm, id, { rating: 5, comment: "Very useful" })).toEqual({
      status: "refused",
      reason: "You can give feedback once mentoring has ended.",
    });
    await changeRequest(m, id, "end", "Goals met");
    expect(await giveFeedback(firm, id, { rating: 5, comment: "Very useful" })).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await giveFeedback(firm, id, { rating: 1, comment: null })).toEqual({
      status: "refused",
      reason: "You have already given feedback.",
    });
    expect(await giveFeedback(m, id, { rating: 4, comment: null })).toEqual({
      status: "done",
      value: undefined,
    });
    const rows = await prisma.mentoringFeedback.findMany({
      where: { relationshipId: id },
      select: { side: true, rating: true, comment: true },
      orderBy: { side: "asc" },
    });
    expect(rows).toEqual([
      { side: "mentor", rating: 4, comment: "" },
      { side: "sme", rating: 5, comment: "Very useful" },
    ]);
  });
});

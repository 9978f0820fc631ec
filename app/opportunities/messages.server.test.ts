import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { outboxFor } from "../../tests/outbox";
import { makeOrg, makePlacement, makePlacementRequest } from "../../tests/opportunities-data";
import { concernForStaff, concernQueue } from "./concerns.server";
import {
  reportConcern,
  sendPlacementMessage,
  threadClosedMessage,
  threadOf,
} from "./messages.server";

const now = new Date("2027-03-10T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

async function setUp() {
  const sme = await makeOrg("sme");
  const school = await makeOrg("school");
  const placement = await makePlacement(sme.id, now);
  const request = await makePlacementRequest(placement.id, school);
  return {
    sme,
    school,
    request,
    asSchool: { userId: school.userId, organisationId: school.id },
    asEmployer: { userId: sme.userId, organisationId: sme.id },
  };
}

const newMessageMails = (email: string) =>
  outboxFor(email).filter((m) => m.subject === "A new message about a placement");

describe("the thread on a placement request", () => {
  test("both sides write; the other side gets a notice each time and at most one email an hour", async () => {
    const { sme, school, request, asSchool, asEmployer } = await setUp();
    expect(await sendPlacementMessage(asSchool, request.id, "Can we start at 10?", now)).toEqual({
      status: "done",
      value: undefined,
    });
    await sendPlacementMessage(asSchool, request.id, "Or 10:30?", minutes(5));
    await sendPlacementMessage(asSchool, request.id, "Thank you!", minutes(59));
    expect(newMessageMails(sme.email)).toHaveLength(1);
    expect(
      await prisma.notification.count({
        where: { organisationId: sme.id, link: `/requests/${request.id}#messages` },
      }),
    ).toBe(3);
    // An hour after the last email, the next message emails again.
    await sendPlacementMessage(asSchool, request.id, "One more thing.", minutes(61));
    expect(newMessageMails(sme.email)).toHaveLength(2);
    // The employer's answer emails the school: each side has its own hour.
    await sendPlacementMessage(asEmployer, request.id, "10 is fine.", minutes(62));
    expect(newMessageMails(school.email)).toHaveLength(1);

    const thread = await threadOf(request.id);
    expect(thread.map((m) => [m.side, m.body])).toEqual([
      ["school", "Can we start at 10?"],
      ["school", "Or 10:30?"],
      ["school", "Thank you!"],
      ["school", "One more thing."],
      ["employer", "10 is fine."],
    ]);
  });

  test("another school or another employer cannot write on it", async () => {
    const { request } = await setUp();
    const stranger = await makeOrg("school");
    const otherEmployer = await makeOrg("sme");
    for (const org of [stranger, otherEmployer]) {
      expect(
        await sendPlacementMessage(
          { userId: org.userId, organisationId: org.id },
          request.id,
          "Hello",
          now,
        ),
      ).toEqual({ status: "not-found" });
    }
    expect(await threadOf(request.id)).toEqual([]);
  });

  test("the thread closes 30 days after the placement ends", async () => {
    const { request, asSchool } = await setUp();
    // The placement ends 24 days after `now` (makePlacement: start in 20, 5 days long).
    const lastDay = new Date("2027-05-03T10:00:00Z");
    const dayAfter = new Date("2027-05-04T10:00:00Z");
    expect(await sendPlacementMessage(asSchool, request.id, "Thanks again", lastDay)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await sendPlacementMessage(asSchool, request.id, "Too late", dayAfter)).toEqual({
      status: "refused",
      reason: threadClosedMessage,
      field: "body",
    });
  });
});

describe("reporting a concern", () => {
  test("a party's concern reaches the staff queue with the thread; a stranger's never does", async () => {
    const { request, asSchool, asEmployer } = await setUp();
    await sendPlacementMessage(asEmployer, request.id, "Please send the students' names", now);
    expect(
      await reportConcern(asSchool, request.id, "The employer keeps asking for names.", now),
    ).toEqual({ status: "done", value: undefined });
    const stranger = await makeOrg("school");
    expect(
      await reportConcern(
        { userId: stranger.userId, organisationId: stranger.id },
        request.id,
        "Made up",
        now,
      ),
    ).toEqual({ status: "not-found" });
    const queue = (await concernQueue()).filter((c) => c.request.id === request.id);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      side: "school",
      details: "The employer keeps asking for names.",
    });
    expect(await concernForStaff(queue[0]!.id)).toMatchObject({
      request: { messages: [{ side: "employer", body: "Please send the students' names" }] },
    });
  });
});

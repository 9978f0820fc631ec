import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentor, offer, request, sme } from "../../tests/mentoring-data";
import { dayFrom, makeOrg, makePlacement } from "../../tests/opportunities-data";
import { waitingFor } from "./waiting.server";

const now = new Date("2026-12-01T10:00:00Z");
const DAY = 86_400_000;

async function placementRequest(
  placementId: string,
  schoolOrgId: string,
  data: { state?: "new" | "viewed" | "accepted" | "declined"; answeredAt?: Date } = {},
) {
  return prisma.placementRequest.create({
    data: {
      placementId,
      schoolOrgId,
      places: 2,
      yearGroup: "10",
      state: data.state ?? "new",
      placesAccepted: data.state === "accepted" ? 2 : 0,
      answeredAt: data.answeredAt ?? null,
    },
    select: { id: true },
  });
}

describe("what waits for each role", () => {
  test("an SME with nothing waiting gets the next step", async () => {
    const firm = await makeUser("sme", { verified: true });
    const waiting = await waitingFor({ ...firm, role: "sme" }, now);
    expect(waiting.lines).toEqual([]);
    expect(waiting.nextStep?.href).toBe("/offers");
  });

  test("an SME sees requests to answer and placements to record, not expired or other firms' ones", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const coming = await makePlacement(employer.id, now, { startInDays: 10 });
    const started = await makePlacement(employer.id, now, { startInDays: 0 });
    const over = await makePlacement(employer.id, now, { startInDays: -10 });
    await placementRequest(coming.id, school.id);
    await placementRequest(coming.id, school.id, { state: "viewed" });
    await placementRequest(started.id, school.id); // expired: the placement has started
    await placementRequest(over.id, school.id, { state: "accepted" });
    const recorded = await placementRequest(over.id, school.id, { state: "accepted" });
    await prisma.placementRequest.update({
      where: { id: recorded.id },
      data: { employerAttended: 2 },
    });
    const otherFirm = await makeOrg("sme");
    await placementRequest((await makePlacement(otherFirm.id, now)).id, school.id);

    const waiting = await waitingFor(
      { id: employer.userId, organisationId: employer.id, role: "sme" },
      now,
    );
    expect(waiting.lines.map((l) => l.text)).toEqual([
      "2 requests from schools to answer",
      "1 placement to record attendance for",
    ]);
    expect(waiting.nextStep).toBeNull();
  });

  test("an SME sees mentoring with no session for 4 weeks", async () => {
    const firm = await sme();
    const coach = await mentor();
    const quiet = await request(firm, coach.profileId);
    await prisma.mentoringRequest.update({
      where: { id: quiet },
      data: { state: "accepted", answeredAt: new Date(now.getTime() - 40 * DAY) },
    });
    const busy = await request(firm, coach.profileId);
    await prisma.mentoringRequest.update({
      where: { id: busy },
      data: { state: "accepted", answeredAt: new Date(now.getTime() - 40 * DAY) },
    });
    await prisma.mentoringSession.create({
      data: { relationshipId: busy, date: dayFrom(now, -3), minutes: 60, topics: "Data" },
    });
    const waiting = await waitingFor({ ...firm, role: "sme" }, now);
    expect(waiting.lines.map((l) => l.text)).toEqual([
      "1 mentoring relationship with no session logged for 4 weeks",
    ]);
  });

  test("a school sees new answers, placements coming up and feedback to give", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const coming = await makePlacement(employer.id, now, { startInDays: 10 });
    const over = await makePlacement(employer.id, now, { startInDays: -10 });
    await placementRequest(coming.id, school.id, {
      state: "accepted",
      answeredAt: new Date(now.getTime() - DAY),
    });
    await placementRequest(coming.id, school.id, {
      state: "declined",
      answeredAt: new Date(now.getTime() - 20 * DAY),
    });
    await placementRequest(over.id, school.id, {
      state: "accepted",
      answeredAt: new Date(now.getTime() - 30 * DAY),
    });
    const waiting = await waitingFor(
      { id: school.userId, organisationId: school.id, role: "school" },
      now,
    );
    expect(waiting.lines.map((l) => l.text)).toEqual([
      "1 answer from employers in the last 2 weeks",
      "1 placement coming up",
      "1 placement to give feedback on",
    ]);
  });

  test("a board member sees their own pending requests and their firm's nearly full offers", async () => {
    const coach = await mentor();
    await request(await sme(), coach.profileId, new Date(now.getTime() - DAY));
    await request(await sme(), coach.profileId, new Date(now.getTime() - 20 * DAY)); // expired
    const nearlyFull = await offer(5, { board: coach, startsAt: new Date(now.getTime() + DAY) });
    await offer(5, { board: coach, startsAt: new Date(now.getTime() + DAY) });
    const firm = await makeUser("sme", { verified: true });
    await prisma.offerBooking.create({
      data: { offerId: nearlyFull.id, smeOrgId: firm.organisationId, seats: 4 },
    });
    const waiting = await waitingFor({ ...coach, role: "board" }, now);
    expect(waiting.lines.map((l) => l.text)).toEqual([
      "1 mentoring request to answer",
      "1 offer is nearly full",
    ]);
    const colleague = await makeUser("board", { organisationId: coach.organisationId });
    expect(
      (await waitingFor({ ...colleague, role: "board" }, now)).lines.map((l) => l.text),
    ).toEqual(["1 offer is nearly full"]);
  });
});

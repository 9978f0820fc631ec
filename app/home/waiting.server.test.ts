import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentor, offer, request, sme } from "../../tests/mentoring-data";
import {
  dayFrom,
  makeApprenticeship,
  makeOrg,
  makePlacement,
} from "../../tests/opportunities-data";
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

  test("an SME sees new applications on its vacancies, linked to the one vacancy's list when on one", async () => {
    const employer = await makeOrg("sme");
    const firm = { id: employer.userId, organisationId: employer.id, role: "sme" as const };
    const vacancy = await makeApprenticeship(employer.id, now);
    const apply = (apprenticeshipId: string, state: "draft" | "new" | "reviewing") =>
      prisma.application.create({
        data: {
          apprenticeshipId,
          email: `${Math.random().toString(36).slice(2)}@example.com`,
          state,
          submittedAt: state === "draft" ? null : now,
        },
      });
    await apply(vacancy.id, "new");
    await apply(vacancy.id, "new");
    await apply(vacancy.id, "draft"); // not sent yet
    await apply(vacancy.id, "reviewing"); // looked at already
    const other = await makeOrg("sme");
    await apply((await makeApprenticeship(other.id, now)).id, "new"); // another firm's

    expect((await waitingFor(firm, now)).lines).toEqual([
      {
        text: "2 new applications to look at",
        href: `/postings/apprenticeships/${vacancy.id}/applications?state=new`,
        count: 2,
      },
    ]);

    await apply((await makeApprenticeship(employer.id, now, { title: "Data" })).id, "new");
    expect((await waitingFor(firm, now)).lines).toEqual([
      { text: "3 new applications to look at", href: "/postings", count: 3 },
    ]);
  });

  test("an SME sees action plan items due today or overdue, not done ones or later ones", async () => {
    const employer = await makeOrg("sme");
    const item = (dueInDays: number, status: "todo" | "doing" | "done" = "todo") =>
      prisma.actionItem.create({
        data: {
          organisationId: employer.id,
          title: "Back up the laptops",
          owner: "Sam",
          dueOn: dayFrom(now, dueInDays),
          status,
        },
      });
    await item(0);
    await item(-5, "doing");
    await item(-5, "done");
    await item(1);
    const other = await makeOrg("sme");
    await prisma.actionItem.create({
      data: { organisationId: other.id, title: "Other firm", owner: "Jo", dueOn: dayFrom(now, -1) },
    });
    const waiting = await waitingFor(
      { id: employer.userId, organisationId: employer.id, role: "sme" },
      now,
    );
    expect(waiting.lines).toEqual([
      { text: "2 actions in your plan due or overdue", href: "/readiness/plan", count: 2 },
    ]);
  });

  test("a board member sees accepted sessions in the next 7 days, in their own live relationships", async () => {
    const coach = await mentor(3);
    const meeting = async (
      relationshipId: string,
      inHours: number,
      state: "proposed" | "accepted" = "accepted",
    ) =>
      prisma.mentoringMeeting.create({
        data: {
          relationshipId,
          proposedBySide: "sme",
          startsAt: new Date(now.getTime() + inHours * 3_600_000),
          endsAt: new Date(now.getTime() + (inHours + 1) * 3_600_000),
          state,
        },
      });
    const live = await request(await sme(), coach.profileId);
    await prisma.mentoringRequest.update({ where: { id: live }, data: { state: "accepted" } });
    await meeting(live, 2);
    await meeting(live, 48);
    await meeting(live, 24, "proposed"); // not agreed yet
    await meeting(live, 24 * 8); // more than a week away
    await meeting(live, -2); // over
    const ended = await request(await sme(), coach.profileId);
    await prisma.mentoringRequest.update({ where: { id: ended }, data: { state: "completed" } });
    await meeting(ended, 5);
    const otherCoach = await mentor();
    const theirs = await request(await sme(), otherCoach.profileId);
    await prisma.mentoringRequest.update({ where: { id: theirs }, data: { state: "accepted" } });
    await meeting(theirs, 5);

    const lines = (await waitingFor({ ...coach, role: "board" }, now)).lines;
    expect(lines).toEqual([
      {
        text: "2 mentoring sessions in the next 7 days",
        href: `/mentoring/${live}#planned`,
        count: 2,
      },
    ]);

    const second = await request(await sme(), coach.profileId);
    await prisma.mentoringRequest.update({ where: { id: second }, data: { state: "accepted" } });
    await meeting(second, 30);
    expect((await waitingFor({ ...coach, role: "board" }, now)).lines).toEqual([
      { text: "3 mentoring sessions in the next 7 days", href: "/mentoring", count: 3 },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import {
  acceptedPlaces,
  acceptRequest,
  createPlacementRequest,
  declineRequest,
  effectiveRequestState,
  expireRequests,
  markRequestViewed,
  notVerifiedMessage,
  placementFullMessage,
  recordOutcome,
  withdrawRequest,
} from "./requests.server";
import { at } from "../../tests/at";
import { outboxFor } from "../../tests/outbox";
import { dayFrom, makeOrg, makePlacement } from "../../tests/opportunities-data";
import { noPlacesLeftMessage, type RequestState } from "./request-state";

const now = new Date("2027-03-10T10:00:00Z");

/** The in-app notices an organisation has about one request, oldest first. */
async function notices(organisationId: string, requestId: string) {
  const rows = await prisma.notification.findMany({
    where: { organisationId, link: `/requests/${requestId}` },
    select: { message: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => row.message);
}

function subjects(email: string) {
  return outboxFor(email).map((mail) => mail.subject);
}

async function request(
  placementId: string,
  schoolOrgId: string,
  places: number,
  state: RequestState = "new",
) {
  return prisma.placementRequest.create({
    data: { placementId, schoolOrgId, places, yearGroup: "10", state },
    select: { id: true },
  });
}

describe("accepting places", () => {
  test("simultaneous accepts never fill more places than the placement has", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now, { places: 3 });
    const requests = await Promise.all(
      Array.from({ length: 6 }, () => request(placement.id, school.id, 1)),
    );

    const results = await Promise.all(requests.map((r) => acceptRequest(r.id, sme.id, 1, now)));

    const accepted = results.filter((r) => r.status === "done");
    const refused = results.filter((r) => r.status === "refused");
    expect(accepted).toHaveLength(3);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r).toEqual({ status: "refused", reason: noPlacesLeftMessage });
    expect(await acceptedPlaces(placement.id)).toBe(3);
  });

  test("simultaneous accepts of several places each stay within capacity", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now, { places: 5 });
    const requests = await Promise.all(
      Array.from({ length: 4 }, () => request(placement.id, school.id, 2)),
    );
    const results = await Promise.all(requests.map((r) => acceptRequest(r.id, sme.id, 2, now)));
    expect(results.filter((r) => r.status === "done")).toHaveLength(2);
    expect(
      results.filter((r) => r.status === "refused").map((r) => r.status === "refused" && r.reason),
    ).toEqual(["Only 1 place is left", "Only 1 place is left"]);
    expect(await acceptedPlaces(placement.id)).toBeLessThanOrEqual(5);
  });

  test("when the last places go, each school still waiting is told the placement is full", async () => {
    const sme = await makeOrg("sme");
    const placement = await makePlacement(sme.id, now, { places: 2 });
    const schools = await Promise.all([1, 2, 3].map(() => makeOrg("school")));
    const [first, second, third] = await Promise.all(
      schools.map((school) => request(placement.id, school.id, 1)),
    );
    const full = placementFullMessage(sme.name, "A week in our print works");

    // One place left: nobody is told it is full.
    expect((await acceptRequest(first!.id, sme.id, 1, now)).status).toBe("done");
    expect(await notices(schools[2]!.id, third!.id)).toEqual([]);

    // The last place goes: the school still waiting is told, the accepted one is not.
    expect((await acceptRequest(second!.id, sme.id, 1, now)).status).toBe("done");
    expect(await notices(schools[2]!.id, third!.id)).toEqual([full]);
    expect(subjects(schools[2]!.email)).toEqual(['"A week in our print works" is full']);
    expect(await notices(schools[0]!.id, first!.id)).not.toContain(full);

    // Accepting the waiting one now says why it cannot be done.
    expect(await acceptRequest(third!.id, sme.id, 1, now)).toEqual({
      status: "refused",
      reason: noPlacesLeftMessage,
    });
  });

  test("some of the places asked for can be accepted, not more", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now, { places: 10 });
    const r = await request(placement.id, school.id, 4);
    expect(await acceptRequest(r.id, sme.id, 5, now)).toEqual({
      status: "refused",
      reason: "The school asked for 4 places, so you can accept up to 4.",
    });
    expect(await acceptRequest(r.id, sme.id, 2, now)).toEqual({
      status: "done",
      value: { placesAccepted: 2 },
    });
    expect(await acceptRequest(r.id, sme.id, 2, now)).toEqual({
      status: "refused",
      reason: "This request has already been accepted.",
    });
    // The school is told once, in the app and by email.
    expect(await notices(school.id, r.id)).toEqual([
      `${sme.name} accepted 2 places on "A week in our print works".`,
    ]);
    expect(subjects(school.email)).toEqual([
      "Your placement request was accepted",
      // Both sides get the placement in their calendars once places are accepted.
      "Placement in your calendar: A week in our print works",
    ]);
  });

  test("each side's acceptance email carries the other's contact details", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now);
    const r = await prisma.placementRequest.create({
      data: {
        placementId: placement.id,
        schoolOrgId: school.id,
        requestedById: school.userId,
        places: 2,
        yearGroup: "10",
        contactPhone: "0121 496 0999",
      },
      select: { id: true },
    });
    await acceptRequest(r.id, sme.id, 2, now);
    const toSchool = at(outboxFor(school.email), 0, "email to the school");
    expect(toSchool.subject).toBe("Your placement request was accepted");
    expect(toSchool.text).toContain("Chris Contact (Office manager)");
    expect(toSchool.text).toContain("chris@printworks.example");
    expect(toSchool.text).toContain("0121 496 0001");
    expect(toSchool.text).toContain("Workplace address: 1 Print Street, Birmingham B1 1AA");
    expect(toSchool.text).toContain("Come to the front desk at 9am and ask for Chris.");
    const toEmployer = at(outboxFor(sme.email), 0, "email to the employer");
    expect(toEmployer.subject).toBe("You accepted a placement request");
    expect(toEmployer.text).toContain(school.email);
    expect(toEmployer.text).toContain("0121 496 0999");
    // The in-app notices never hold the contact details: they outlive the time they may be seen.
    expect(await notices(school.id, r.id)).toEqual([
      `${sme.name} accepted 2 places on "A week in our print works".`,
    ]);
    expect(await notices(sme.id, r.id)).toEqual([]);
  });

  test("another employer cannot answer the request", async () => {
    const sme = await makeOrg("sme");
    const other = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now);
    const r = await request(placement.id, school.id, 1);
    expect(await acceptRequest(r.id, other.id, 1, now)).toEqual({ status: "not-found" });
    expect(await declineRequest(r.id, other.id, "No", now)).toEqual({ status: "not-found" });
    expect(await markRequestViewed(r.id, other.id, now)).toBe(false);
  });
});

describe("the life of a request", () => {
  test("a verified school requests places on a live placement; unverified is refused", async () => {
    const sme = await makeOrg("sme");
    const placement = await makePlacement(sme.id, now);
    const school = await makeOrg("school");
    const values = {
      places: 2,
      yearGroup: "10" as const,
      accessNeeds: "Step-free access",
      note: null,
    };
    const asSchool = {
      userId: school.userId,
      organisationId: school.id,
      organisationName: school.name,
      verified: true,
    };
    const made = await createPlacementRequest(asSchool, placement.id, values, now);
    expect(made).toMatchObject({ status: "done" });
    const id = made.status === "done" ? made.value.id : "";
    expect(
      await prisma.placementRequest.findUnique({
        where: { id },
        select: {
          placementId: true,
          schoolOrgId: true,
          places: true,
          accessNeeds: true,
          state: true,
        },
      }),
    ).toEqual({
      placementId: placement.id,
      schoolOrgId: school.id,
      places: 2,
      accessNeeds: "Step-free access",
      state: "new",
    });
    // The employer is told, in the app and by email.
    expect(await notices(sme.id, id)).toEqual([
      `${school.name} asked for 2 places on "A week in our print works".`,
    ]);
    expect(subjects(sme.email)).toEqual(["A school has asked for placement places"]);

    const unverified = await makeOrg("school", false);
    expect(
      await createPlacementRequest(
        {
          userId: unverified.userId,
          organisationId: unverified.id,
          organisationName: unverified.name,
          verified: false,
        },
        placement.id,
        values,
        now,
      ),
    ).toEqual({ status: "refused", reason: notVerifiedMessage });
    const draft = await makePlacement(sme.id, now, { state: "draft" });
    expect(await createPlacementRequest(asSchool, draft.id, values, now)).toEqual({
      status: "not-found",
    });
    expect(await prisma.placementRequest.count({ where: { placementId: draft.id } })).toBe(0);
    expect(subjects(sme.email)).toHaveLength(1);
  });

  test("viewed, then declined with a reason", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now);
    const r = await request(placement.id, school.id, 1);
    expect(await markRequestViewed(r.id, sme.id, now)).toBe(true);
    expect(await markRequestViewed(r.id, sme.id, now)).toBe(false);
    expect(await declineRequest(r.id, sme.id, "We are full that week", now)).toEqual({
      status: "done",
      value: undefined,
    });
    const row = await prisma.placementRequest.findUnique({
      where: { id: r.id },
      select: { state: true, declineReason: true },
    });
    expect(row).toEqual({ state: "declined", declineReason: "We are full that week" });
    expect(await notices(school.id, r.id)).toEqual([
      `${sme.name} could not take your students on "A week in our print works": We are full that week`,
    ]);
    expect(subjects(school.email)).toEqual(["Your placement request was declined"]);
    expect(await declineRequest(r.id, sme.id, "Again", now)).toEqual({
      status: "refused",
      reason: "This request has already been declined.",
    });
    expect(await notices(school.id, r.id)).toHaveLength(1);
  });

  test("a school withdraws an accepted request before the start, freeing the places", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now, { places: 2 });
    const r = await request(placement.id, school.id, 2);
    await acceptRequest(r.id, sme.id, 2, now);
    expect(await withdrawRequest(r.id, sme.id, now)).toEqual({ status: "not-found" });
    expect(await withdrawRequest(r.id, school.id, now)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await acceptedPlaces(placement.id)).toBe(0);
    const row = await prisma.placementRequest.findUnique({
      where: { id: r.id },
      select: { state: true, withdrawnAt: true },
    });
    expect(row).toEqual({ state: "withdrawn", withdrawnAt: now });
    expect(await notices(sme.id, r.id)).toEqual([
      `${school.name} withdrew its request for "A week in our print works".`,
    ]);
    expect(subjects(sme.email)).toEqual([
      "You accepted a placement request",
      "Placement in your calendar: A week in our print works",
      "A school withdrew its placement request",
    ]);
  });

  test("unanswered requests expire once the placement has started or closed", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const started = await makePlacement(sme.id, now, { startInDays: 0 });
    const closed = await makePlacement(sme.id, now, { state: "closed" });
    const open = await makePlacement(sme.id, now);
    const a = await request(started.id, school.id, 1);
    const b = await request(closed.id, school.id, 1, "viewed");
    const c = await request(open.id, school.id, 1);
    const d = await request(started.id, school.id, 1, "declined");

    // Shown as expired before the job runs.
    expect(effectiveRequestState("new", { state: "live", startDate: dayFrom(now, 0) }, now)).toBe(
      "expired",
    );
    expect(effectiveRequestState("new", { state: "live", startDate: dayFrom(now, 1) }, now)).toBe(
      "new",
    );

    expect(await expireRequests(now)).toBeGreaterThanOrEqual(2);
    const states = await prisma.placementRequest.findMany({
      where: { id: { in: [a.id, b.id, c.id, d.id] } },
      select: { id: true, state: true },
    });
    const byId = Object.fromEntries(states.map((s) => [s.id, s.state]));
    expect(byId).toEqual({
      [a.id]: "expired",
      [b.id]: "expired",
      [c.id]: "new",
      [d.id]: "declined",
    });
    // The school and the employer are told about each, in the app and by email.
    expect(
      await prisma.notification.count({
        where: { organisationId: school.id, link: `/requests/${a.id}` },
      }),
    ).toBe(1);
    expect(
      await prisma.notification.count({
        where: { organisationId: sme.id, link: `/requests/${b.id}` },
      }),
    ).toBe(1);
    expect(await prisma.notification.count({ where: { link: `/requests/${c.id}` } })).toBe(0);
    expect(
      outboxFor(school.email).filter(
        (mail) => mail.subject === "Your request for places has expired",
      ),
    ).toHaveLength(2);
    expect(
      outboxFor(sme.email).filter((mail) => mail.subject === "A request for places has expired"),
    ).toHaveLength(2);
    expect(await acceptRequest(a.id, sme.id, 1, now)).toEqual({
      status: "refused",
      reason: "This request has expired.",
    });
  });

  test("attendance and feedback after the placement, from both sides", async () => {
    const sme = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(sme.id, now, { startInDays: 3 });
    const r = await request(placement.id, school.id, 2);
    await acceptRequest(r.id, sme.id, 2, now);
    expect(
      await recordOutcome(
        r.id,
        { kind: "school", organisationId: school.id },
        { attended: 2 },
        now,
      ),
    ).toEqual({
      status: "refused",
      reason: "You can record attendance once an accepted placement has finished.",
    });
    const later = new Date(now.getTime() + 10 * 86_400_000);
    expect(
      await recordOutcome(
        r.id,
        { kind: "school", organisationId: school.id },
        { attended: 3 },
        later,
      ),
    ).toEqual({
      status: "refused",
      reason: "Only 2 places were accepted, so no more students than that can have come.",
    });
    expect(
      await recordOutcome(
        r.id,
        { kind: "school", organisationId: school.id },
        { attended: 2, feedback: "Great week" },
        later,
      ),
    ).toEqual({ status: "done", value: undefined });
    // The other side is asked to add theirs.
    expect(await notices(sme.id, r.id)).toEqual([
      `${school.name} has recorded how many students came to "A week in our print works" and left feedback. You can add yours too.`,
    ]);
    expect(subjects(sme.email)).toEqual([
      "You accepted a placement request",
      "Placement in your calendar: A week in our print works",
      "The school has said how the placement went",
    ]);
    expect(
      await recordOutcome(
        r.id,
        { kind: "employer", organisationId: sme.id },
        { attended: 1, wouldHostAgain: true },
        later,
      ),
    ).toEqual({ status: "done", value: undefined });
    expect((await notices(school.id, r.id)).at(-1)).toBe(
      `${sme.name} has recorded how many students came to "A week in our print works" and left feedback. You can add yours too.`,
    );
    expect(subjects(school.email).at(-1)).toBe("The employer has said how the placement went");
    const row = await prisma.placementRequest.findUnique({
      where: { id: r.id },
      select: {
        schoolAttended: true,
        schoolFeedback: true,
        employerAttended: true,
        wouldHostAgain: true,
      },
    });
    expect(row).toEqual({
      schoolAttended: 2,
      schoolFeedback: "Great week",
      employerAttended: 1,
      wouldHostAgain: true,
    });
  });
});

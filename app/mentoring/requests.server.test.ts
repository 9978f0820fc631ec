import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { goals, mentor, offer, orgName, request, sme, userName } from "../../tests/mentoring-data";
import { outboxFor } from "../../tests/outbox";
import { bookSeats, cancelBooking } from "./bookings.server";
import { changeRequest, effectiveState, expireStaleRequests, sendRequest } from "./requests.server";

const DAY = 86_400_000;

function subjects(email: string) {
  return outboxFor(email).map((mail) => mail.subject);
}

/** The in-app notices about one relationship for an organisation (and, for a mentor, that person). */
async function notices(organisationId: string, id: string) {
  const rows = await prisma.notification.findMany({
    where: { organisationId, link: `/mentoring/${id}` },
    select: { message: true, userId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows;
}

describe("sending a request", () => {
  test("a fourth pending request is refused, with a message that says what to do", async () => {
    const firm = await sme();
    for (let i = 0; i < 3; i++) {
      const m = await mentor();
      expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({ status: "done" });
    }
    const fourth = await mentor();
    const result = await sendRequest(firm, fourth.profileId, goals);
    expect(result).toEqual({
      status: "refused",
      reason: expect.stringContaining("already have 3 requests waiting"),
    });
  });

  test("requests older than 14 days no longer count as pending", async () => {
    const firm = await sme();
    for (let i = 0; i < 3; i++) {
      const m = await mentor();
      await request(firm, m.profileId, new Date(Date.now() - 15 * DAY));
    }
    const m = await mentor();
    expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({ status: "done" });
  });

  test.each([
    {
      name: "a mentor of an unverified firm cannot be asked",
      asker: sme,
      verified: false,
      reason: "This mentor is not available.",
    },
    {
      name: "a board member cannot ask for mentoring",
      asker: () => mentor(),
      verified: true,
      reason: "Only businesses can ask for mentoring.",
    },
  ])("$name", async ({ asker, verified, reason }) => {
    const from = await asker();
    const m = await mentor(2, { verified });
    expect(await sendRequest(from, m.profileId, goals)).toEqual({ status: "refused", reason });
  });

  test("the same mentor cannot be asked twice while a request waits", async () => {
    const firm = await sme();
    const m = await mentor();
    await sendRequest(firm, m.profileId, goals);
    expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("already sent"),
    });
    // Only the request that was written told the mentor, and only that person at the mentor's firm.
    expect(subjects(m.email)).toEqual(["A business has asked you for mentoring"]);
    const sent = await prisma.mentoringRequest.findFirstOrThrow({
      where: { mentorId: m.profileId },
      select: { id: true },
    });
    expect(await notices(m.organisationId, sent.id)).toEqual([
      {
        message: `${await orgName(firm.organisationId)} has asked you for mentoring. Please answer within 14 days.`,
        userId: m.id,
      },
    ]);
  });
});

describe("answering a request", () => {
  test("accepting records the SME's latest result as the baseline", async () => {
    const firm = await sme();
    const m = await mentor();
    const check = await prisma.readinessCheck.create({
      data: {
        organisationId: firm.organisationId,
        bankVersion: "1",
        status: "submitted",
        isLatest: true,
        submittedAt: new Date(),
        scoreData: 20,
      },
      select: { id: true },
    });
    const id = await request(firm, m.profileId);
    const result = await changeRequest(m, id, "accept", null);
    expect(result).toMatchObject({ status: "done", value: { state: "accepted" } });
    const row = await prisma.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { baselineCheckId: true, answeredAt: true },
    });
    expect(row.baselineCheckId).toBe(check.id);
    expect(row.answeredAt).not.toBeNull();
    // The business is told, in the app and by email.
    expect(await notices(firm.organisationId, id)).toEqual([
      {
        message: `${await userName(m.id)} has accepted your request for mentoring. You can now log sessions and send messages.`,
        userId: null,
      },
    ]);
    expect(subjects(firm.email)).toEqual(["Your mentoring request was accepted"]);
  });

  test("two accepts at once never take a mentor past capacity", async () => {
    const m = await mentor(1);
    const ids = await Promise.all([1, 2, 3, 4].map(async () => request(await sme(), m.profileId)));
    const results = await Promise.all(ids.map((id) => changeRequest(m, id, "accept", null)));
    expect(results.filter((r) => r.status === "done")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "refused").map((r) => r.status === "refused" && r.reason),
    ).toEqual(
      Array(3).fill(
        "You are already mentoring 1 firm, which is your limit. Raise your limit or end a relationship first.",
      ),
    );
    expect(
      await prisma.mentoringRequest.count({ where: { mentorId: m.profileId, state: "accepted" } }),
    ).toBe(1);
  });

  test("another mentor cannot answer a request that is not theirs", async () => {
    const firm = await sme();
    const m = await mentor();
    const other = await mentor();
    const id = await request(firm, m.profileId);
    expect(await changeRequest(other, id, "accept", null)).toEqual({ status: "not-found" });
  });

  test("declining needs a reason; the SME cannot accept its own request", async () => {
    const firm = await sme();
    const m = await mentor();
    const id = await request(firm, m.profileId);
    expect(await changeRequest(m, id, "decline", " ")).toEqual({
      status: "refused",
      reason: "Enter a reason for declining",
    });
    expect(await changeRequest(firm, id, "accept", null)).toEqual({
      status: "refused",
      reason: "Only the mentor can accept a request.",
    });
    expect(await changeRequest(m, id, "decline", "I am away")).toMatchObject({ status: "done" });
    // Only the decline that was written told the business.
    expect(await notices(firm.organisationId, id)).toEqual([
      {
        message: `${await userName(m.id)} has declined your request for mentoring. Their reason: I am away`,
        userId: null,
      },
    ]);
    expect(subjects(firm.email)).toEqual(["Your mentoring request was declined"]);
    expect(await notices(m.organisationId, id)).toEqual([]);
  });

  test("a request past 14 days cannot be accepted and reads as expired", async () => {
    const firm = await sme();
    const m = await mentor();
    const created = new Date(Date.now() - 15 * DAY);
    const id = await request(firm, m.profileId, created);
    expect(await changeRequest(m, id, "accept", null)).toMatchObject({
      status: "refused",
      reason: expect.stringContaining("expired"),
    });
    expect(effectiveState("pending", created, new Date())).toBe("expired");
  });

  test("ending records who ended it and why", async () => {
    const firm = await sme();
    const m = await mentor();
    const id = await request(firm, m.profileId);
    await changeRequest(m, id, "accept", null);
    expect(await changeRequest(firm, id, "end", "We reached our goals")).toMatchObject({
      status: "done",
      value: { state: "completed" },
    });
    const row = await prisma.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { endReason: true, endedById: true },
    });
    expect(row).toEqual({ endReason: "We reached our goals", endedById: firm.id });
    // The mentor is told who ended it and why.
    expect(await notices(m.organisationId, id)).toEqual([
      {
        message: `${await orgName(firm.organisationId)} has ended the mentoring. Their reason: We reached our goals. Please tell us how it went.`,
        userId: m.id,
      },
    ]);
    expect(subjects(m.email)).toEqual(["Mentoring has ended"]);
  });

  test("the business cancels a waiting request and the mentor is told", async () => {
    const firm = await sme();
    const m = await mentor();
    const id = await request(firm, m.profileId);
    expect(await changeRequest(m, id, "cancel", null)).toMatchObject({ status: "refused" });
    expect(await changeRequest(firm, id, "cancel", null)).toMatchObject({
      status: "done",
      value: { state: "cancelled" },
    });
    const row = await prisma.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { state: true, endedById: true },
    });
    expect(row).toEqual({ state: "cancelled", endedById: firm.id });
    expect(await notices(m.organisationId, id)).toEqual([
      {
        message: `${await orgName(firm.organisationId)} has cancelled its request for mentoring.`,
        userId: m.id,
      },
    ]);
    expect(subjects(m.email)).toEqual(["A mentoring request was cancelled"]);
    expect(await notices(firm.organisationId, id)).toEqual([]);
  });
});

describe("the expiry job", () => {
  test("expires only pending requests 14 days old and tells both sides", async () => {
    const firm = await sme();
    const m = await mentor();
    const now = new Date();
    const old = await request(firm, m.profileId, new Date(now.getTime() - 14 * DAY));
    const young = await request(firm, m.profileId, new Date(now.getTime() - 13 * DAY));
    const count = await expireStaleRequests(now);
    expect(count).toBeGreaterThanOrEqual(1);
    const rows = await prisma.mentoringRequest.findMany({
      where: { id: { in: [old, young] } },
      select: { id: true, state: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.state]))).toEqual({
      [old]: "expired",
      [young]: "pending",
    });
    expect(await prisma.notification.count({ where: { link: `/mentoring/${old}` } })).toBe(2);
    expect(outboxFor(firm.email).map((mail) => mail.subject)).toContain(
      "Your mentoring request has expired",
    );
    expect(outboxFor(m.email).map((mail) => mail.subject)).toContain(
      "A mentoring request has expired",
    );
    expect(await expireStaleRequests(now)).toBe(0);
  });
});

describe("booking seats", () => {
  /** One firm's booking, made by its user. */
  const book = (offerId: string, firm: { id: string; organisationId: string }, seats: number) =>
    bookSeats({ offerId, smeOrgId: firm.organisationId, userId: firm.id, seats });

  test("simultaneous bookings for the last seats never oversell", async () => {
    const o = await offer(5);
    const first = await sme();
    expect(await book(o.id, first, 3)).toMatchObject({ status: "done" });
    const firms = await Promise.all([1, 2, 3, 4, 5, 6].map(() => sme()));
    const results = await Promise.all(firms.map((f) => book(o.id, f, 1)));
    expect(results.filter((r) => r.status === "done")).toHaveLength(2);
    expect(
      new Set(
        results
          .filter((r) => r.status === "refused")
          .map((r) => r.status === "refused" && r.reason),
      ),
    ).toEqual(new Set(["This offer is full."]));
    const sum = await prisma.offerBooking.aggregate({
      where: { offerId: o.id, state: "booked" },
      _sum: { seats: true },
    });
    expect(sum._sum.seats).toBe(5);
  });

  test("asking for more seats than are left says how many are left", async () => {
    const o = await offer(2, { startsAt: null });
    const f = await sme();
    expect(await book(o.id, f, 3)).toEqual({ status: "refused", reason: "Only 2 seats are left." });
  });

  test("a cancelled booking frees its seats, and only its own firm can cancel it", async () => {
    const o = await offer(1);
    const f = await sme();
    const other = await sme();
    const booked = await book(o.id, f, 1);
    if (booked.status !== "done") throw new Error(booked.status);
    // The firm running the offer is told.
    const runner = await prisma.offer.findUniqueOrThrow({
      where: { id: o.id },
      select: { organisationId: true },
    });
    const told = await prisma.notification.findMany({
      where: { organisationId: runner.organisationId ?? "", link: `/board/offers/${o.id}/edit` },
      select: { message: true },
    });
    expect(told).toEqual([
      { message: `${await orgName(f.organisationId)} booked 1 seat on "Data clinic".` },
    ]);
    expect(await cancelBooking(booked.value.bookingId, other.organisationId)).toEqual({
      status: "refused",
      reason: "We could not find that booking. It may already be cancelled.",
    });
    expect(await book(o.id, other, 1)).toMatchObject({ status: "refused" });
    expect(await cancelBooking(booked.value.bookingId, f.organisationId)).toEqual({
      status: "done",
      value: undefined,
    });
    expect(await book(o.id, other, 1)).toMatchObject({ status: "done" });
  });

  test("an offer that has started cannot be booked", async () => {
    const o = await offer(5, { startsAt: new Date(Date.now() - DAY) });
    const f = await sme();
    expect(await book(o.id, f, 1)).toEqual({
      status: "refused",
      reason: "This offer has already started.",
    });
  });
});

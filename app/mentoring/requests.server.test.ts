import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import { bookSeats, cancelBooking } from "./bookings.server";
import { changeRequest, effectiveState, expireStaleRequests, sendRequest } from "./requests.server";

const DAY = 86_400_000;
const goals = {
  goals: "We want help with our customer data and our records.",
  preferredFormat: "online",
};

async function sme() {
  const user = await makeUser("sme", { verified: true });
  return { ...user, role: "sme" };
}

async function mentor(capacity = 2, options: { verified?: boolean; organisationId?: string } = {}) {
  const user = await makeUser("board", {
    verified: options.verified ?? true,
    organisationId: options.organisationId,
  });
  const profile = await prisma.mentorProfile.create({
    data: {
      userId: user.id,
      role: "Data lead",
      bio: "I help firms with data.",
      expertise: "data,cyber",
      capacity,
      format: "either",
    },
    select: { id: true },
  });
  return { ...user, role: "board", profileId: profile.id };
}

async function request(
  smeUser: Awaited<ReturnType<typeof sme>>,
  mentorId: string,
  createdAt = new Date(),
) {
  const row = await prisma.mentoringRequest.create({
    data: {
      mentorId,
      smeOrgId: smeUser.organisationId,
      requestedById: smeUser.id,
      goals: goals.goals,
      preferredFormat: "online",
      createdAt,
    },
    select: { id: true },
  });
  return row.id;
}

describe("sending a request", () => {
  test("a fourth pending request is refused, with a message that says what to do", async () => {
    const firm = await sme();
    for (let i = 0; i < 3; i++) {
      const m = await mentor();
      expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({ ok: true });
    }
    const fourth = await mentor();
    const result = await sendRequest(firm, fourth.profileId, goals);
    expect(result).toEqual({
      ok: false,
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
    expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({ ok: true });
  });

  test("a mentor of an unverified firm cannot be asked", async () => {
    const firm = await sme();
    const m = await mentor(2, { verified: false });
    expect(await sendRequest(firm, m.profileId, goals)).toEqual({
      ok: false,
      reason: "This mentor is not available.",
    });
  });

  test("a board member cannot ask for mentoring", async () => {
    const m = await mentor();
    const other = await mentor();
    expect(await sendRequest(m, other.profileId, goals)).toMatchObject({ ok: false });
  });

  test("the same mentor cannot be asked twice while a request waits", async () => {
    const firm = await sme();
    const m = await mentor();
    await sendRequest(firm, m.profileId, goals);
    expect(await sendRequest(firm, m.profileId, goals)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("already sent"),
    });
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
    expect(result).toMatchObject({ ok: true, change: { state: "accepted" } });
    const row = await prisma.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { baselineCheckId: true, answeredAt: true },
    });
    expect(row.baselineCheckId).toBe(check.id);
    expect(row.answeredAt).not.toBeNull();
  });

  test("two accepts at once never take a mentor past capacity", async () => {
    const m = await mentor(1);
    const ids = await Promise.all([1, 2, 3, 4].map(async () => request(await sme(), m.profileId)));
    const results = await Promise.all(ids.map((id) => changeRequest(m, id, "accept", null)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(
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
    expect(await changeRequest(other, id, "accept", null)).toMatchObject({
      ok: false,
      notFound: true,
    });
  });

  test("declining needs a reason; the SME cannot accept its own request", async () => {
    const firm = await sme();
    const m = await mentor();
    const id = await request(firm, m.profileId);
    expect(await changeRequest(m, id, "decline", " ")).toEqual({
      ok: false,
      reason: "Enter a reason for declining",
    });
    expect(await changeRequest(firm, id, "accept", null)).toEqual({
      ok: false,
      reason: "Only the mentor can accept a request.",
    });
    expect(await changeRequest(m, id, "decline", "I am away")).toMatchObject({ ok: true });
  });

  test("a request past 14 days cannot be accepted and reads as expired", async () => {
    const firm = await sme();
    const m = await mentor();
    const created = new Date(Date.now() - 15 * DAY);
    const id = await request(firm, m.profileId, created);
    expect(await changeRequest(m, id, "accept", null)).toMatchObject({
      ok: false,
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
      ok: true,
      change: { state: "completed" },
    });
    const row = await prisma.mentoringRequest.findUniqueOrThrow({
      where: { id },
      select: { endReason: true, endedById: true },
    });
    expect(row).toEqual({ endReason: "We reached our goals", endedById: firm.id });
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
  async function offer(seats: number, options: { startsAt?: Date | null } = {}) {
    const board = await makeUser("board", { verified: true });
    return prisma.offer.create({
      data: {
        organisationId: board.organisationId,
        createdById: board.id,
        title: "Data clinic",
        description: "Bring your spreadsheets.",
        kind: "clinic",
        dimensions: "data",
        schedule: options.startsAt === null ? "on-demand" : "dated",
        startsAt:
          options.startsAt === undefined ? new Date(Date.now() + 10 * DAY) : options.startsAt,
        endsAt: options.startsAt === null ? null : new Date(Date.now() + 10 * DAY + 3_600_000),
        format: "online",
        seats,
      },
      select: { id: true },
    });
  }

  test("simultaneous bookings for the last seats never oversell", async () => {
    const o = await offer(5);
    const first = await sme();
    expect(
      await bookSeats({
        offerId: o.id,
        smeOrgId: first.organisationId,
        userId: first.id,
        seats: 3,
      }),
    ).toMatchObject({ ok: true });
    const firms = await Promise.all([1, 2, 3, 4, 5, 6].map(() => sme()));
    const results = await Promise.all(
      firms.map((f) =>
        bookSeats({ offerId: o.id, smeOrgId: f.organisationId, userId: f.id, seats: 1 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason))).toEqual(
      new Set(["This offer is full."]),
    );
    const sum = await prisma.offerBooking.aggregate({
      where: { offerId: o.id, state: "booked" },
      _sum: { seats: true },
    });
    expect(sum._sum.seats).toBe(5);
  });

  test("asking for more seats than are left says how many are left", async () => {
    const o = await offer(2, { startsAt: null });
    const f = await sme();
    expect(
      await bookSeats({ offerId: o.id, smeOrgId: f.organisationId, userId: f.id, seats: 3 }),
    ).toEqual({ ok: false, reason: "Only 2 seats are left." });
  });

  test("a cancelled booking frees its seats, and only its own firm can cancel it", async () => {
    const o = await offer(1);
    const f = await sme();
    const other = await sme();
    const booked = await bookSeats({
      offerId: o.id,
      smeOrgId: f.organisationId,
      userId: f.id,
      seats: 1,
    });
    if (!booked.ok) throw new Error(booked.reason);
    expect(await cancelBooking(booked.bookingId, other.organisationId)).toBe(false);
    expect(
      await bookSeats({
        offerId: o.id,
        smeOrgId: other.organisationId,
        userId: other.id,
        seats: 1,
      }),
    ).toMatchObject({ ok: false });
    expect(await cancelBooking(booked.bookingId, f.organisationId)).toBe(true);
    expect(
      await bookSeats({
        offerId: o.id,
        smeOrgId: other.organisationId,
        userId: other.id,
        seats: 1,
      }),
    ).toMatchObject({ ok: true });
  });

  test("an offer that has started cannot be booked", async () => {
    const o = await offer(5, { startsAt: new Date(Date.now() - DAY) });
    const f = await sme();
    expect(
      await bookSeats({ offerId: o.id, smeOrgId: f.organisationId, userId: f.id, seats: 1 }),
    ).toMatchObject({ ok: false });
  });
});

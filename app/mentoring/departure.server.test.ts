import { describe, expect, test } from "vitest";
import { deleteAccount } from "~/accounts/accounts.server";
import { exportUserData } from "~/accounts/export.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentor, offer, request, sme } from "../../tests/mentoring-data";
import { outboxFor } from "../../tests/outbox";
import { bookSeats } from "./bookings.server";

// Deleting one side of an upskilling offer keeps the other side's record
// (departure.server.ts); mentoring's own cases are in privacy-coverage.test.ts.

const DAY = 86_400_000;

async function booked(offerId: string, firm: Awaited<ReturnType<typeof sme>>, seats = 2) {
  const result = await bookSeats({
    offerId,
    smeOrgId: firm.organisationId,
    userId: firm.id,
    seats,
  });
  if (result.status !== "done") throw new Error(result.status);
  return result.value.bookingId;
}

const bookingOf = (id: string) =>
  prisma.offerBooking.findUnique({
    where: { id },
    select: { state: true, smeOrgId: true, seats: true, offer: { select: { title: true } } },
  });

describe("a board firm leaving SkillsBridge", () => {
  test("its booked offers stay for the businesses, cancelled, and each booker gets the cancellation", async () => {
    const board = await makeUser("board", { verified: true });
    const firm = await sme();
    const coming = await offer(5, { board });
    const bookingId = await booked(coming.id, firm);
    const unbooked = await offer(5, { board });

    await deleteAccount(board.id);

    expect(await prisma.organisation.count({ where: { id: board.organisationId } })).toBe(0);
    expect(await prisma.offer.count({ where: { id: unbooked.id } })).toBe(0);
    expect(
      await prisma.offer.findUnique({
        where: { id: coming.id },
        select: { organisationId: true, state: true, joinUrl: true, title: true },
      }),
    ).toEqual({ organisationId: null, state: "cancelled", joinUrl: null, title: "Data clinic" });
    expect(await bookingOf(bookingId)).toEqual({
      state: "cancelled",
      smeOrgId: firm.organisationId,
      seats: 2,
      offer: { title: "Data clinic" },
    });
    const cancellation = outboxFor(firm.email).find((m) => m.subject === "Cancelled: Data clinic");
    expect(cancellation?.text).toContain(
      'The board firm that ran "Data clinic" has left SkillsBridge, so it will not go ahead.',
    );
    expect(JSON.stringify(await exportUserData(firm.id))).toContain("Data clinic");
  });

  test("a booking of an offer already over stays booked: it happened", async () => {
    const board = await makeUser("board", { verified: true });
    const firm = await sme();
    const past = await offer(5, { board });
    const bookingId = await booked(past.id, firm);
    await prisma.offer.update({
      where: { id: past.id },
      data: { startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 2 * DAY) },
    });
    await deleteAccount(board.id);
    expect(await bookingOf(bookingId)).toMatchObject({
      state: "booked",
      smeOrgId: firm.organisationId,
    });
  });
});

describe("a business leaving SkillsBridge", () => {
  test("the board firm keeps the booking, unlinked; one still to come is cancelled, so its seats free up", async () => {
    const board = await makeUser("board", { verified: true });
    const firm = await sme();
    const coming = await offer(2, { board });
    const bookingId = await booked(coming.id, firm);
    await deleteAccount(firm.id);
    expect(await bookingOf(bookingId)).toEqual({
      state: "cancelled",
      smeOrgId: null,
      seats: 2,
      offer: { title: "Data clinic" },
    });
    // Both seats are free again for another business.
    const other = await sme();
    await expect(booked(coming.id, other, 2)).resolves.toEqual(expect.any(String));
    expect(
      await prisma.offer.findUnique({ where: { id: coming.id }, select: { state: true } }),
    ).toEqual({ state: "published" });
  });
});

describe("one side of mentoring leaving SkillsBridge", () => {
  test("sessions still to come are cancelled, and the side still here gets the calendar cancellation", async () => {
    const firm = await sme();
    const board = await mentor();
    const id = await request(firm, board.profileId);
    await prisma.mentoringRequest.update({ where: { id }, data: { state: "accepted" } });
    const startsAt = new Date(Date.now() + 3 * DAY);
    const meeting = await prisma.mentoringMeeting.create({
      data: {
        relationshipId: id,
        proposedById: firm.id,
        proposedBySide: "sme",
        smeUserId: firm.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        state: "accepted",
      },
      select: { id: true },
    });
    await deleteAccount(board.id);
    expect(
      await prisma.mentoringMeeting.findUnique({
        where: { id: meeting.id },
        select: { state: true },
      }),
    ).toEqual({ state: "cancelled" });
    const cancellation = outboxFor(firm.email).find((m) =>
      m.subject.startsWith("Mentoring session cancelled:"),
    );
    expect(cancellation?.text).toContain("a former mentor");
  });
});

import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentor, offer } from "../../tests/mentoring-data";
import { loadMentors, loadOffers, matchingCandidates } from "./candidates.server";

// The candidates are kept in memory (decision 008); every change to the rows
// behind them must show on the very next read, whoever made it.

const DAY = 86_400_000;
let board: { id: string; organisationId: string };
let sme: { id: string; organisationId: string };
let mentorId: string;
let offerId: string;

beforeAll(async () => {
  const m = await mentor();
  board = m;
  mentorId = m.profileId;
  sme = await makeUser("sme");
  offerId = (await offer(5, { board })).id;
});

const mentorCard = async () => (await loadMentors()).find((m) => m.id === mentorId);
const offerCard = async (now = new Date()) => (await loadOffers(now)).find((o) => o.id === offerId);

describe("the matching candidates kept in memory", () => {
  test("are read once while nothing changes", async () => {
    const first = await matchingCandidates();
    const second = await matchingCandidates();
    expect(second.mentors).toBe(first.mentors);
    expect(second.offers).toBe(first.offers);
  });

  test("an accepted relationship shows in the mentor's spare places at once", async () => {
    expect((await mentorCard())?.activeCount).toBe(0);
    const request = await prisma.mentoringRequest.create({
      data: { mentorId, smeOrgId: sme.organisationId, goals: "Data", preferredFormat: "online" },
      select: { id: true },
    });
    expect((await mentorCard())?.activeCount).toBe(0);
    await prisma.mentoringRequest.update({
      where: { id: request.id },
      data: { state: "accepted" },
    });
    expect((await mentorCard())?.activeCount).toBe(1);
    await prisma.mentoringRequest.update({
      where: { id: request.id },
      data: { state: "completed" },
    });
    expect((await mentorCard())?.activeCount).toBe(0);
  });

  test("a booking, and its cancelling, show in the seats at once", async () => {
    expect((await offerCard())?.seatsBooked).toBe(0);
    const booking = await prisma.offerBooking.create({
      data: { offerId, smeOrgId: sme.organisationId, seats: 2 },
      select: { id: true },
    });
    expect((await offerCard())?.seatsBooked).toBe(2);
    await prisma.offerBooking.update({ where: { id: booking.id }, data: { state: "cancelled" } });
    expect((await offerCard())?.seatsBooked).toBe(0);
  });

  test("a profile or offer edit shows at once", async () => {
    await prisma.mentorProfile.update({ where: { id: mentorId }, data: { takingRequests: false } });
    expect((await mentorCard())?.takingRequests).toBe(false);
    await prisma.mentorProfile.update({ where: { id: mentorId }, data: { takingRequests: true } });
    await prisma.offer.update({ where: { id: offerId }, data: { seats: 7 } });
    expect((await offerCard())?.seats).toBe(7);
  });

  test("a suspended mentor, or a firm no longer verified, drops out at once", async () => {
    await prisma.user.update({ where: { id: board.id }, data: { suspendedAt: new Date() } });
    expect(await mentorCard()).toBeUndefined();
    await prisma.user.update({ where: { id: board.id }, data: { suspendedAt: null } });
    expect(await mentorCard()).toBeDefined();

    await prisma.organisation.update({
      where: { id: board.organisationId },
      data: { verificationStatus: "declined" },
    });
    expect(await mentorCard()).toBeUndefined();
    expect(await offerCard()).toBeUndefined();
    await prisma.organisation.update({
      where: { id: board.organisationId },
      data: { verificationStatus: "verified" },
    });
    expect(await offerCard()).toBeDefined();
  });

  test("a firm's new name shows on its mentors and offers at once", async () => {
    await prisma.organisation.update({
      where: { id: board.organisationId },
      data: { name: "Renamed Ltd" },
    });
    expect((await mentorCard())?.firm).toBe("Renamed Ltd");
    expect((await offerCard())?.firm).toBe("Renamed Ltd");
  });

  test("an offer leaves the list when it ends, and is still there for an earlier time", async () => {
    const ends = (
      await prisma.offer.findUniqueOrThrow({ where: { id: offerId }, select: { endsAt: true } })
    ).endsAt!;
    expect(await offerCard(ends)).toBeDefined();
    expect(await offerCard(new Date(ends.getTime() + 1))).toBeUndefined();
    expect(await offerCard(new Date(ends.getTime() - DAY))).toBeDefined();
  });
});

// A board member's offers (workshops, clinics, courses, resources): publishing,
// changing, withdrawing and publishing again. Ownership is in every `where`:
// another organisation's offer is not found.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { sendOfferEmails } from "./offer-invites.server";
import type { Offer } from "./schemas";

type Owner = { id: string; organisationId: string };

function offerData(offer: Offer) {
  const { dimensions, ...fields } = offer;
  return { ...fields, dimensions: dimensions.join(",") };
}

/** Publish a new offer for the board member's organisation. */
export async function createOffer(
  owner: Owner,
  offer: Offer,
): Promise<CommandResult<{ id: string }>> {
  const created = await prisma.offer.create({
    data: { ...offerData(offer), organisationId: owner.organisationId, createdById: owner.id },
    select: { id: true },
  });
  return done({ id: created.id });
}

const sameTime = (a: Date | null, b: Date | null) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Whether a change moves what is in people's calendars: the time, the place or the joining link. */
export function changesInvite(
  before: Pick<Offer, "startsAt" | "endsAt" | "location" | "joinUrl">,
  after: Pick<Offer, "startsAt" | "endsAt" | "location" | "joinUrl">,
): boolean {
  return (
    !sameTime(before.startsAt, after.startsAt) ||
    !sameTime(before.endsAt, after.endsAt) ||
    before.location !== after.location ||
    before.joinUrl !== after.joinUrl
  );
}

/**
 * Change an offer. Seats cannot go below what is already booked, so nobody
 * loses a place: the bookings are counted again in the transaction that writes.
 * When the time, place or joining link changes, the invite's SEQUENCE goes up
 * and everyone booked gets the updated invite.
 */
export async function updateOffer(owner: Owner, id: string, offer: Offer): Promise<CommandResult> {
  const result = await prisma.$transaction(async (tx) => {
    const where = {
      id,
      organisationId: owner.organisationId,
      state: { not: "cancelled" },
    } as const;
    const before = await tx.offer.findFirst({
      where,
      select: { startsAt: true, endsAt: true, location: true, joinUrl: true },
    });
    if (!before) return notFound();
    const live = await tx.offerBooking.findMany({
      where: { offerId: id, state: "booked" },
      select: { id: true, seats: true },
    });
    const taken = live.reduce((sum, booking) => sum + booking.seats, 0);
    if (offer.seats < taken)
      return refused(`${taken} seats are already booked. Enter ${taken} or more.`, "seats");
    const moved = changesInvite(before, offer);
    await tx.offer.updateMany({
      where,
      data: { ...offerData(offer), ...(moved ? { calendarSequence: { increment: 1 } } : {}) },
    });
    return done(moved ? live.map((booking) => booking.id) : []);
  });
  if (result.status !== "done") return result;
  await sendOfferEmails("changed", id, result.value);
  return done();
}

/** Withdraw an offer from the lists, or publish it again. Existing bookings stay. A cancelled offer stays cancelled. */
export async function setOfferPublished(
  owner: Owner,
  id: string,
  published: boolean,
): Promise<CommandResult> {
  const { count } = await prisma.offer.updateMany({
    where: { id, organisationId: owner.organisationId, state: { not: "cancelled" } },
    data: { state: published ? "published" : "withdrawn" },
  });
  return count > 0 ? done() : notFound();
}

/**
 * Call an offer off: it leaves the lists for good, every live booking is
 * cancelled, and each person who booked gets the calendar cancellation.
 */
export async function cancelOffer(
  owner: Owner,
  id: string,
  now = new Date(),
): Promise<CommandResult<{ cancelledBookings: number }>> {
  const result = await prisma.$transaction(async (tx) => {
    const where = {
      id,
      organisationId: owner.organisationId,
      state: { not: "cancelled" },
    } as const;
    const { count } = await tx.offer.updateMany({ where, data: { state: "cancelled" } });
    if (count === 0) return notFound();
    const live = await tx.offerBooking.findMany({
      where: { offerId: id, state: "booked" },
      select: { id: true },
    });
    await tx.offerBooking.updateMany({
      where: { offerId: id, state: "booked" },
      data: { state: "cancelled", cancelledAt: now },
    });
    return done(live.map((booking) => booking.id));
  });
  if (result.status !== "done") return result;
  await sendOfferEmails("offer-cancelled", id, result.value);
  return done({ cancelledBookings: result.value.length });
}

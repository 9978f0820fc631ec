// A board member's offers (workshops, clinics, courses, resources): publishing,
// changing, withdrawing and publishing again. Ownership is in every `where`:
// another organisation's offer is not found.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { hasStarted, STARTED_MESSAGE } from "./offer-dates";
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
  now: Date = new Date(),
): Promise<CommandResult<{ id: string }>> {
  if (hasStarted(offer, now)) return refused(STARTED_MESSAGE, "startsAt");
  const created = await prisma.offer.create({
    data: { ...offerData(offer), organisationId: owner.organisationId, createdById: owner.id },
    select: { id: true },
  });
  return done({ id: created.id });
}

/**
 * Change an offer. Seats cannot go below what is already booked, so nobody
 * loses a place: the bookings are counted again in the transaction that writes.
 * A published offer cannot be moved to a start in the past; one already under
 * way can still have its other details changed.
 */
export async function updateOffer(
  owner: Owner,
  id: string,
  offer: Offer,
  now: Date = new Date(),
): Promise<CommandResult> {
  return prisma.$transaction(async (tx) => {
    const where = { id, organisationId: owner.organisationId };
    const found = await tx.offer.findFirst({ where, select: { state: true, startsAt: true } });
    if (!found) return notFound();
    const moved = found.startsAt?.getTime() !== offer.startsAt?.getTime();
    if (found.state === "published" && moved && hasStarted(offer, now))
      return refused(STARTED_MESSAGE, "startsAt");
    const booked = await tx.offerBooking.aggregate({
      where: { offerId: id, state: "booked" },
      _sum: { seats: true },
    });
    const taken = booked._sum.seats ?? 0;
    if (offer.seats < taken)
      return refused(`${taken} seats are already booked. Enter ${taken} or more.`, "seats");
    await tx.offer.updateMany({ where, data: offerData(offer) });
    return done();
  });
}

/**
 * Withdraw an offer from the lists, or publish it again. Existing bookings stay.
 * An offer that has started cannot be published again.
 */
export async function setOfferPublished(
  owner: Owner,
  id: string,
  published: boolean,
  now: Date = new Date(),
): Promise<CommandResult> {
  const where = { id, organisationId: owner.organisationId };
  if (published) {
    const offer = await prisma.offer.findFirst({
      where,
      select: { schedule: true, startsAt: true },
    });
    if (!offer) return notFound();
    if (hasStarted(offer, now))
      return refused(
        "This offer has already started, so it cannot be published again. Change its dates first.",
      );
  }
  const { count } = await prisma.offer.updateMany({
    where,
    data: { state: published ? "published" : "withdrawn" },
  });
  return count > 0 ? done() : notFound();
}

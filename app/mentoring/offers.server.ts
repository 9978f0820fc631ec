// A board member's offers (workshops, clinics, courses, resources): publishing,
// changing, withdrawing and publishing again. Ownership is in every `where`:
// another organisation's offer is not found.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
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

/**
 * Change an offer. Seats cannot go below what is already booked, so nobody
 * loses a place: the bookings are counted again in the transaction that writes.
 */
export async function updateOffer(owner: Owner, id: string, offer: Offer): Promise<CommandResult> {
  return prisma.$transaction(async (tx) => {
    const where = { id, organisationId: owner.organisationId };
    const found = await tx.offer.count({ where });
    if (found === 0) return notFound();
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

/** Withdraw an offer from the lists, or publish it again. Existing bookings stay. */
export async function setOfferPublished(
  owner: Owner,
  id: string,
  published: boolean,
): Promise<CommandResult> {
  const { count } = await prisma.offer.updateMany({
    where: { id, organisationId: owner.organisationId },
    data: { state: published ? "published" : "withdrawn" },
  });
  return count > 0 ? done() : notFound();
}

import { done, notFound, refused, type CommandResult } from "~/command-result";
import { isUniqueViolation, prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { canBookSeats } from "./limits";
import { visibleOfferWhere } from "./candidates.server";
import { sendOfferEmails } from "./offer-invites.server";
import { businessNameOf } from "./former";

const alreadyBooked =
  "Your business has already booked this offer. Cancel that booking to change it.";

/**
 * Book seats on an offer. The seats already booked are counted again inside
 * the transaction that writes the booking, so an offer is never overbooked,
 * even when several firms book the last seats at the same moment. The firm
 * running the offer is told once the booking is written, and the person who
 * booked gets a confirmation with the calendar invite.
 */
export async function bookSeats(
  input: { offerId: string; smeOrgId: string; userId: string; seats: number },
  now = new Date(),
): Promise<CommandResult<{ bookingId: string }>> {
  const result = await prisma.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({
      where: { id: input.offerId, ...visibleOfferWhere },
      select: {
        id: true,
        seats: true,
        startsAt: true,
        endsAt: true,
        title: true,
        organisationId: true,
        createdById: true,
      },
    });
    if (!offer) return notFound();
    if (offer.endsAt && offer.endsAt.getTime() < now.getTime())
      return refused("This offer has finished.");
    if (offer.startsAt && offer.startsAt.getTime() < now.getTime())
      return refused("This offer has already started.");
    const existing = await tx.offerBooking.count({
      where: { offerId: offer.id, smeOrgId: input.smeOrgId, state: "booked" },
    });
    if (existing > 0) return refused(alreadyBooked);
    const booked = await tx.offerBooking.aggregate({
      where: { offerId: offer.id, state: "booked" },
      _sum: { seats: true },
    });
    const check = canBookSeats(offer.seats, booked._sum.seats ?? 0, input.seats);
    if (!check.ok) return refused(check.reason);
    // The database holds one live booking per SME and offer too (a partial unique index).
    const booking = await tx.offerBooking
      .create({
        data: {
          offerId: offer.id,
          smeOrgId: input.smeOrgId,
          bookedById: input.userId,
          seats: input.seats,
          createdAt: now,
        },
        select: { id: true, sme: { select: { name: true } } },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return null;
        throw error;
      });
    if (!booking) return refused(alreadyBooked);
    return done({ booking, offer });
  });
  if (result.status !== "done") return result;
  const { booking, offer } = result.value;
  // Only a published offer of a firm still here is booked (visibleOfferWhere).
  if (offer.organisationId)
    await notifyOrganisation({
      organisationId: offer.organisationId,
      subject: "New booking on your offer",
      message: `${businessNameOf(booking.sme)} booked ${input.seats} ${input.seats === 1 ? "seat" : "seats"} on "${offer.title}".`,
      link: `/board/offers/${offer.id}/edit`,
    });
  await sendOfferEmails("booked", offer.id, [booking.id]);
  return done({ bookingId: booking.id });
}

/**
 * Cancel the SME's own booking; ownership is in the where. The person who
 * booked gets the calendar cancellation and the firm running the offer is told.
 */
export async function cancelBooking(
  bookingId: string,
  smeOrgId: string,
  now = new Date(),
): Promise<CommandResult> {
  const booking = await prisma.$transaction(async (tx) => {
    const where = { id: bookingId, smeOrgId, state: "booked" } as const;
    const found = await tx.offerBooking.findFirst({
      where,
      select: {
        seats: true,
        sme: { select: { name: true } },
        offer: { select: { id: true, title: true, organisationId: true } },
      },
    });
    if (!found) return null;
    await tx.offerBooking.updateMany({ where, data: { state: "cancelled", cancelledAt: now } });
    return found;
  });
  if (!booking) return refused("We could not find that booking. It may already be cancelled.");
  const { offer, seats } = booking;
  // A firm that has left is not told (its offers were cancelled then).
  if (offer.organisationId)
    await notifyOrganisation({
      organisationId: offer.organisationId,
      subject: "A booking on your offer was cancelled",
      message: `${businessNameOf(booking.sme)} cancelled their booking of ${seats} ${seats === 1 ? "seat" : "seats"} on "${offer.title}".`,
      link: `/board/offers/${offer.id}/edit`,
    });
  await sendOfferEmails("cancelled", offer.id, [bookingId]);
  return done();
}

import { isUniqueViolation, prisma } from "~/db.server";
import { canBookSeats } from "./limits";
import { visibleOfferWhere } from "./candidates.server";
import type { Outcome } from "./requests.server";

const alreadyBooked = "Your business has already booked this offer. Cancel that booking to change it.";

/**
 * Book seats on an offer. The seats already booked are counted again inside
 * the transaction that writes the booking, so an offer is never overbooked,
 * even when several firms book the last seats at the same moment.
 */
export async function bookSeats(
  input: { offerId: string; smeOrgId: string; userId: string; seats: number },
  now = new Date(),
): Promise<Outcome<{ bookingId: string; offerOrgId: string; createdById: string | null; title: string }>> {
  return prisma.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({
      where: { id: input.offerId, ...visibleOfferWhere },
      select: { id: true, seats: true, startsAt: true, endsAt: true, title: true, organisationId: true, createdById: true },
    });
    if (!offer) return { ok: false, reason: "This offer is not available.", notFound: true };
    if (offer.endsAt && offer.endsAt.getTime() < now.getTime()) return { ok: false, reason: "This offer has finished." };
    if (offer.startsAt && offer.startsAt.getTime() < now.getTime()) return { ok: false, reason: "This offer has already started." };
    const existing = await tx.offerBooking.count({ where: { offerId: offer.id, smeOrgId: input.smeOrgId, state: "booked" } });
    if (existing > 0) return { ok: false, reason: alreadyBooked };
    const booked = await tx.offerBooking.aggregate({ where: { offerId: offer.id, state: "booked" }, _sum: { seats: true } });
    const check = canBookSeats(offer.seats, booked._sum.seats ?? 0, input.seats);
    if (!check.ok) return check;
    // The database holds one live booking per SME and offer too (a partial unique index).
    const booking = await tx.offerBooking
      .create({
        data: { offerId: offer.id, smeOrgId: input.smeOrgId, bookedById: input.userId, seats: input.seats, createdAt: now },
        select: { id: true },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return null;
        throw error;
      });
    if (!booking) return { ok: false, reason: alreadyBooked };
    return { ok: true, bookingId: booking.id, offerOrgId: offer.organisationId, createdById: offer.createdById, title: offer.title };
  });
}

/** Cancel the SME's own booking; ownership is in the where. */
export async function cancelBooking(bookingId: string, smeOrgId: string, now = new Date()) {
  const { count } = await prisma.offerBooking.updateMany({
    where: { id: bookingId, smeOrgId, state: "booked" },
    data: { state: "cancelled", cancelledAt: now },
  });
  return count > 0;
}

import type { Prisma } from "~/generated/prisma/client";

// Deleting one side of a mentoring relationship keeps the other side's record
// (its goals, messages, sessions and feedback): the schema unlinks the deleted
// side (SetNull), and pages call it "a former mentor" or "a former business" (former.ts).
// Open relationships end first, so no command ever acts on a missing side, and
// once the deletion has committed their sessions still to come are cancelled
// (the side still here gets the calendar cancellation).

type Tx = Pick<Prisma.TransactionClient, "mentoringRequest">;
type OfferTx = Pick<Prisma.TransactionClient, "offer" | "offerBooking">;

/** Ends the open relationships of a mentor (by user) or of a firm that is leaving; returns the ids of those that were under way. */
export async function endMentoringOnLeaving(
  tx: Tx,
  leaving: { mentorUserId: string } | { smeOrgId: string },
  now = new Date(),
): Promise<string[]> {
  const side =
    "mentorUserId" in leaving
      ? { mentor: { userId: leaving.mentorUserId } }
      : { smeOrgId: leaving.smeOrgId };
  const endReason =
    "mentorUserId" in leaving ? "The mentor left SkillsBridge." : "The business left SkillsBridge.";
  await tx.mentoringRequest.updateMany({
    where: { ...side, state: "pending" },
    data: { state: "cancelled", endedAt: now, endReason },
  });
  const underWay = await tx.mentoringRequest.findMany({
    where: { ...side, state: "accepted" },
    select: { id: true },
  });
  await tx.mentoringRequest.updateMany({
    where: { ...side, state: "accepted" },
    data: { state: "completed", endedAt: now, endReason },
  });
  return underWay.map((r) => r.id);
}

// Upskilling offers keep both sides' records the same way. A board firm that
// leaves takes its unbooked offers with it; an offer someone booked stays, as
// "a former board firm", cancelled, its joining link gone, and bookings still
// to come are cancelled (those already past stay booked: they happened). A
// business that leaves keeps the firm's count of who came ("a former
// business"); its bookings still to come are cancelled, so the seats free up.

/** An offer still to come: dated in the future, or on demand (no end). */
const stillToCome = (now: Date) => ({ OR: [{ endsAt: null }, { endsAt: { gt: now } }] });

/** The bookings cancelled, by offer, so each booker gets the calendar cancellation once committed. */
export type CancelledBookings = { offerId: string; bookingIds: string[] }[];

export async function endOffersOnLeaving(
  tx: OfferTx,
  orgId: string,
  now = new Date(),
): Promise<CancelledBookings> {
  await tx.offer.deleteMany({ where: { organisationId: orgId, bookings: { none: {} } } });
  const toCancel = await tx.offerBooking.findMany({
    where: {
      state: "booked",
      offer: stillToCome(now),
      OR: [{ offer: { organisationId: orgId } }, { smeOrgId: orgId }],
    },
    select: { id: true, offerId: true },
  });
  await tx.offerBooking.updateMany({
    where: { id: { in: toCancel.map((b) => b.id) } },
    data: { state: "cancelled", cancelledAt: now },
  });
  await tx.offer.updateMany({
    where: { organisationId: orgId, state: { in: ["published", "withdrawn"] } },
    data: { state: "cancelled" },
  });
  await tx.offer.updateMany({ where: { organisationId: orgId }, data: { joinUrl: null } });
  const byOffer = new Map<string, string[]>();
  for (const b of toCancel) byOffer.set(b.offerId, [...(byOffer.get(b.offerId) ?? []), b.id]);
  return [...byOffer].map(([offerId, bookingIds]) => ({ offerId, bookingIds }));
}

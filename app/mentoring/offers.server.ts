// A board member's offers (workshops, clinics, courses, resources): publishing,
// changing, withdrawing and publishing again. Ownership is in every `where`:
// another organisation's offer is not found.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { hasStarted, STARTED_MESSAGE } from "./offer-dates";
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
  now: Date = new Date(),
): Promise<CommandResult<{ id: string }>> {
  if (hasStarted(offer, now)) return refused(STARTED_MESSAGE, "startDate");
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
 * A published offer cannot be moved to a start in the past; one already under
 * way can still have its other details changed. When the time, place or joining
 * link changes, the invite's SEQUENCE goes up and everyone booked gets the
 * updated invite.
 */
export async function updateOffer(
  owner: Owner,
  id: string,
  offer: Offer,
  now: Date = new Date(),
): Promise<CommandResult> {
  const result = await prisma.$transaction(async (tx) => {
    const where = {
      id,
      organisationId: owner.organisationId,
      state: { not: "cancelled" },
    } as const;
    const before = await tx.offer.findFirst({
      where,
      select: { state: true, startsAt: true, endsAt: true, location: true, joinUrl: true },
    });
    if (!before) return notFound();
    const startMoved = before.startsAt?.getTime() !== offer.startsAt?.getTime();
    if (before.state === "published" && startMoved && hasStarted(offer, now))
      return refused(STARTED_MESSAGE, "startDate");
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

export const offerRemovedMessage =
  "The partnership team took this offer down, so it cannot be published again.";

/**
 * Withdraw an offer from the lists, or publish it again. Existing bookings stay.
 * An offer that has started cannot be published again; one staff took down stays
 * down, and a cancelled one stays cancelled.
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
    where: { ...where, state: { notIn: ["removed", "cancelled"] } },
    data: { state: published ? "published" : "withdrawn" },
  });
  if (count > 0) return done();
  return (await prisma.offer.count({ where })) > 0 ? refused(offerRemovedMessage) : notFound();
}

/**
 * Partnership staff take an offer down, with a reason (issue 13): it leaves
 * every list (visibleOfferWhere shows only published ones), its firm cannot
 * publish it again, the decision is audited, and the firm and every business
 * with a booking are told.
 */
export async function takeDownOffer(
  staff: AuditActor,
  id: string,
  reason: string,
  now = new Date(),
): Promise<CommandResult<{ title: string }>> {
  const taken = await prisma.$transaction(async (tx) => {
    const offer = await tx.offer.findUnique({
      where: { id },
      select: { title: true, state: true, organisationId: true },
    });
    if (!offer) return null;
    if (offer.state === "removed")
      return { ok: false as const, reason: "This offer has already been taken down." };
    await tx.offer.updateMany({
      where: { id, state: offer.state },
      data: { state: "removed", removedReason: reason, removedAt: now },
    });
    await recordAudit(
      staff,
      {
        action: "offer.take-down",
        targetType: "offer",
        targetId: id,
        targetLabel: offer.title,
        reason,
      },
      tx,
    );
    const bookings = await tx.offerBooking.findMany({
      where: { offerId: id, state: "booked" },
      select: { smeOrgId: true },
      distinct: ["smeOrgId"],
    });
    return {
      ok: true as const,
      ...offer,
      businesses: bookings.flatMap((b) => (b.smeOrgId ? [b.smeOrgId] : [])),
    };
  });
  if (!taken) return notFound();
  if (!taken.ok) return refused(taken.reason);
  // A firm that has left has nobody to tell.
  if (taken.organisationId)
    await notifyOrganisation({
      organisationId: taken.organisationId,
      subject: "The partnership team took down your offer",
      message: `The partnership team took down "${taken.title}". Businesses cannot see it or book it now. The reason: ${reason}`,
      link: "/board",
    });
  for (const organisationId of taken.businesses)
    await notifyOrganisation({
      organisationId,
      subject: "An offer you booked was taken down",
      message: `The partnership team took down "${taken.title}", which you booked. It will not go ahead through SkillsBridge. You can look for another offer.`,
      link: "/offers",
    });
  return done({ title: taken.title });
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

// The emails and calendar invites of offer bookings: confirmed, changed,
// cancelled by the business, cancelled by the firm. One event per booking
// (uid "offer-booking-<id>"), at the offer's calendarSequence; a cancellation is
// one revision after it, so every calendar replaces what it holds.
import { calendarInvite, inviteUid, type CalendarEvent } from "~/calendar/invites.server";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { eventMessage } from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { formatTimeRange } from "~/time/format";
import { firmNameOf } from "./former";

export type OfferEmailKind = "booked" | "changed" | "cancelled" | "offer-cancelled" | "firm-left";

const offerSelect = {
  id: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  format: true,
  location: true,
  joinUrl: true,
  calendarSequence: true,
  organisation: { select: { name: true } },
} as const;

type InvitedOffer = {
  id: string;
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string | null;
  joinUrl: string | null;
  calendarSequence: number;
  /** Null once the board firm has left SkillsBridge. */
  organisation: { name: string } | null;
};

/** The calendar event of one booking, or null for an offer with no set times. */
export function bookingEvent(
  offer: InvitedOffer,
  bookingId: string,
  attendee: { email: string; name?: string | null },
  cancelled = false,
): CalendarEvent | null {
  if (!offer.startsAt || !offer.endsAt) return null;
  return {
    uid: inviteUid("offer-booking", bookingId),
    sequence: offer.calendarSequence + (cancelled ? 1 : 0),
    title: offer.title,
    description: `${offer.description}\n\nRun by ${firmNameOf(offer.organisation)} on SkillsBridge.`,
    start: offer.startsAt,
    end: offer.endsAt,
    location: offer.location,
    url: offer.joinUrl,
    attendee,
  };
}

/** The .ics a business with a live booking downloads from the offer page; null when it has none. */
export async function bookingInviteFile(
  offerId: string,
  smeOrgId: string,
  user: { email: string; name: string | null },
): Promise<string | null> {
  const booking = await prisma.offerBooking.findFirst({
    where: { offerId, smeOrgId, state: "booked" },
    select: { id: true, offer: { select: offerSelect } },
  });
  const event = booking && bookingEvent(booking.offer, booking.id, user);
  return event ? calendarInvite(event, "REQUEST") : null;
}

function details(offer: InvitedOffer): string[] {
  const lines: string[] = [];
  lines.push(
    offer.startsAt ? `When: ${formatTimeRange(offer.startsAt, offer.endsAt)}` : "When: any time",
  );
  if (offer.location) lines.push(`Where: ${offer.location}`);
  if (offer.joinUrl) lines.push(`Join online: ${offer.joinUrl}`);
  return lines;
}

function wording(kind: OfferEmailKind, offer: InvitedOffer, seats: number) {
  const seatText = `${seats} ${seats === 1 ? "seat" : "seats"}`;
  const hasInvite = Boolean(offer.startsAt && offer.endsAt);
  const firm = firmNameOf(offer.organisation);
  switch (kind) {
    case "booked":
      return {
        subject: `Booking confirmed: ${offer.title}`,
        paragraphs: [
          `You booked ${seatText} on "${offer.title}", run by ${firm}.`,
          ...details(offer),
          ...(hasInvite ? ["Open the invite in this email to add it to your calendar."] : []),
        ],
      };
    case "changed":
      return {
        subject: `Changed: ${offer.title}`,
        paragraphs: [
          `${firm} has changed the time, place or joining link of "${offer.title}". Your booking of ${seatText} still stands.`,
          ...details(offer),
          ...(hasInvite
            ? ["Open the invite in this email to update your calendar."]
            : ["It now runs at any time, so you can remove it from your calendar."]),
        ],
      };
    case "cancelled":
      return {
        subject: `Booking cancelled: ${offer.title}`,
        paragraphs: [
          `Your booking of ${seatText} on "${offer.title}" is cancelled. We have told ${firm}.`,
          ...(hasInvite ? ["Open the invite in this email to take it out of your calendar."] : []),
        ],
      };
    case "offer-cancelled":
      return {
        subject: `Cancelled: ${offer.title}`,
        paragraphs: [
          `${firm} has cancelled "${offer.title}". Your booking of ${seatText} is cancelled.`,
          ...(hasInvite ? ["Open the invite in this email to take it out of your calendar."] : []),
          "You can look for another offer on SkillsBridge.",
        ],
      };
    case "firm-left":
      return {
        subject: `Cancelled: ${offer.title}`,
        paragraphs: [
          `The board firm that ran "${offer.title}" has left SkillsBridge, so it will not go ahead. Your booking of ${seatText} is cancelled.`,
          ...(hasInvite ? ["Open the invite in this email to take it out of your calendar."] : []),
          "You can look for another offer on SkillsBridge.",
        ],
      };
  }
}

/**
 * Email the person who made each booking (if their account is confirmed and
 * active), with the invite, its update or its cancellation. Called once the
 * write has committed; a failed email is logged, never shown to whoever acted.
 */
export async function sendOfferEmails(kind: OfferEmailKind, offerId: string, bookingIds: string[]) {
  if (bookingIds.length === 0) return;
  const offer = await prisma.offer.findUnique({ where: { id: offerId }, select: offerSelect });
  if (!offer) return;
  const bookings = await prisma.offerBooking.findMany({
    where: { id: { in: bookingIds }, offerId },
    select: {
      id: true,
      seats: true,
      bookedBy: {
        select: { email: true, name: true, emailConfirmedAt: true, suspendedAt: true },
      },
    },
  });
  const cancelling = kind === "cancelled" || kind === "offer-cancelled" || kind === "firm-left";
  const link = cancelling
    ? { href: `${siteOrigin()}/offers`, text: "See other offers" }
    : { href: `${siteOrigin()}/offers/${offer.id}`, text: "See the offer" };
  for (const booking of bookings) {
    const person = booking.bookedBy;
    if (!person?.emailConfirmedAt || person.suspendedAt) continue;
    const { subject, paragraphs } = wording(kind, offer, booking.seats);
    const event = bookingEvent(offer, booking.id, person, cancelling);
    const method = cancelling ? "CANCEL" : "REQUEST";
    try {
      await sendEmail(
        eventMessage(
          person.email,
          subject,
          paragraphs,
          link,
          event ? { method, content: calendarInvite(event, method) } : undefined,
        ),
      );
    } catch (error) {
      console.error(
        "Could not send a booking email:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

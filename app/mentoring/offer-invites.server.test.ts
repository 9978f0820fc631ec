import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { offer } from "../../tests/mentoring-data";
import { outboxFor } from "../../tests/outbox";
import { bookSeats, cancelBooking } from "./bookings.server";
import { bookingInviteFile } from "./offer-invites.server";
import { cancelOffer, changesInvite, updateOffer } from "./offers.server";
import type { Offer } from "./schemas";

const line = (text: string, name: string) =>
  new RegExp(`^${name}:(.*)$`, "m").exec(text.replace(/\r\n[ \t]/g, "").replace(/\r/g, ""))?.[1];

async function booked(seats = 1, options: Parameters<typeof offer>[1] = {}) {
  const board = await makeUser("board", { verified: true });
  const o = await offer(10, { ...options, board });
  await prisma.offer.update({
    where: { id: o.id },
    data: { joinUrl: "https://meet.example.com/clinic" },
  });
  const firm = await makeUser("sme", { verified: true });
  const result = await bookSeats({
    offerId: o.id,
    smeOrgId: firm.organisationId,
    userId: firm.id,
    seats,
  });
  if (result.status !== "done") throw new Error("booking failed");
  return { board, offerId: o.id, firm, bookingId: result.value.bookingId };
}

async function asForm(offerId: string, change: Partial<Offer> = {}): Promise<Offer> {
  const row = await prisma.offer.findUniqueOrThrow({ where: { id: offerId } });
  return {
    title: row.title,
    description: row.description,
    kind: "clinic",
    dimensions: ["data"],
    schedule: "dated",
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    format: "online",
    location: null,
    joinUrl: row.joinUrl,
    localAuthority: null,
    seats: row.seats,
    ...change,
  };
}

describe("booking emails and invites", () => {
  test("booking sends the booker a confirmation with the invite and the joining link", async () => {
    const { firm, bookingId } = await booked(2);
    const [mail, ...rest] = outboxFor(firm.email);
    expect(rest).toEqual([]);
    expect(mail?.subject).toBe("Booking confirmed: Data clinic");
    expect(mail?.text).toContain("You booked 2 seats");
    expect(mail?.text).toContain("Join online: https://meet.example.com/clinic");
    expect(mail?.text).toContain("--- invite.ics (REQUEST) ---");
    expect(line(mail!.text, "UID")).toBe(`offer-booking-${bookingId}@skillsbridge.invalid`);
    expect(line(mail!.text, "SEQUENCE")).toBe("0");
    expect(line(mail!.text, "URL")).toBe("https://meet.example.com/clinic");
  });

  test("an on-demand offer's confirmation has no invite", async () => {
    const { firm } = await booked(1, { startsAt: null });
    const [mail] = outboxFor(firm.email);
    expect(mail?.text).toContain("When: any time");
    expect(mail?.text).not.toContain("invite.ics");
  });

  test("moving the time sends an update with the same uid and a higher sequence; other changes send nothing", async () => {
    const { board, offerId, firm, bookingId } = await booked();
    const owner = { id: board.id, organisationId: board.organisationId };
    const form = await asForm(offerId);
    expect(await updateOffer(owner, offerId, { ...form, title: "Data clinic" })).toEqual({
      status: "done",
    });
    expect(outboxFor(firm.email)).toHaveLength(1);

    const later = new Date(form.startsAt!.getTime() + 86_400_000);
    const laterEnd = new Date(form.endsAt!.getTime() + 86_400_000);
    await updateOffer(owner, offerId, { ...form, startsAt: later, endsAt: laterEnd });
    const update = outboxFor(firm.email).find((m) => m.subject === "Changed: Data clinic");
    expect(update).toBeDefined();
    expect(line(update!.text, "METHOD")).toBe("REQUEST");
    expect(line(update!.text, "UID")).toBe(`offer-booking-${bookingId}@skillsbridge.invalid`);
    expect(line(update!.text, "SEQUENCE")).toBe("1");
    expect(line(update!.text, "DTSTART")).toBe(
      later.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, ""),
    );
  });

  test("another firm cannot change the offer", async () => {
    const { offerId } = await booked();
    const stranger = await makeUser("board", { verified: true });
    expect(await updateOffer(stranger, offerId, await asForm(offerId))).toEqual({
      status: "not-found",
    });
  });

  test("cancelling a booking sends the booker a cancellation and tells the firm", async () => {
    const { board, offerId, firm, bookingId } = await booked();
    expect(await cancelBooking(bookingId, firm.organisationId)).toEqual({ status: "done" });
    const cancel = outboxFor(firm.email).find(
      (m) => m.subject === "Booking cancelled: Data clinic",
    );
    expect(line(cancel!.text, "METHOD")).toBe("CANCEL");
    expect(line(cancel!.text, "STATUS")).toBe("CANCELLED");
    expect(line(cancel!.text, "UID")).toBe(`offer-booking-${bookingId}@skillsbridge.invalid`);
    expect(line(cancel!.text, "SEQUENCE")).toBe("1");
    expect(outboxFor(board.email).map((m) => m.subject)).toContain(
      "A booking on your offer was cancelled",
    );
    const notice = await prisma.notification.findFirst({
      where: { organisationId: board.organisationId, message: { contains: "cancelled" } },
      select: { link: true },
    });
    expect(notice?.link).toBe(`/board/offers/${offerId}/edit`);
    // Cancelling again finds nothing to cancel.
    expect(await cancelBooking(bookingId, firm.organisationId)).toMatchObject({
      status: "refused",
    });
  });

  test("cancelling the offer cancels every booking and sends each booker a cancellation", async () => {
    const { board, offerId, firm } = await booked();
    const other = await makeUser("sme", { verified: true });
    await bookSeats({ offerId, smeOrgId: other.organisationId, userId: other.id, seats: 1 });
    expect(
      await cancelOffer({ id: board.id, organisationId: board.organisationId }, offerId),
    ).toEqual({ status: "done", value: { cancelledBookings: 2 } });
    for (const person of [firm, other]) {
      const mail = outboxFor(person.email).find((m) => m.subject === "Cancelled: Data clinic");
      expect(line(mail!.text, "METHOD")).toBe("CANCEL");
    }
    expect(await prisma.offerBooking.count({ where: { offerId, state: "booked" } })).toBe(0);
    expect(
      await bookingInviteFile(offerId, firm.organisationId, { email: firm.email, name: null }),
    ).toBeNull();
  });

  test("the invite file is there for the business's own live booking only", async () => {
    const { offerId, firm } = await booked();
    const file = await bookingInviteFile(offerId, firm.organisationId, {
      email: firm.email,
      name: null,
    });
    expect(line(file!, "METHOD")).toBe("REQUEST");
    const stranger = await makeUser("sme", { verified: true });
    expect(
      await bookingInviteFile(offerId, stranger.organisationId, { email: "x@y.z", name: null }),
    ).toBeNull();
  });

  test("what changes an invite: the time, the place and the link", () => {
    const base = {
      startsAt: new Date("2027-01-01T10:00:00Z"),
      endsAt: new Date("2027-01-01T11:00:00Z"),
      location: null,
      joinUrl: null,
    };
    expect(changesInvite(base, { ...base })).toBe(false);
    expect(changesInvite(base, { ...base, startsAt: new Date("2027-01-01T10:30:00Z") })).toBe(true);
    expect(changesInvite(base, { ...base, location: "Room 2" })).toBe(true);
    expect(changesInvite(base, { ...base, joinUrl: "https://meet.example.com/a" })).toBe(true);
  });
});

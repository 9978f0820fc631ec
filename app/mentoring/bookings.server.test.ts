import { describe, expect, test, vi } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { offer } from "../../tests/mentoring-data";
import { bookSeats } from "./bookings.server";

const alreadyBooked = {
  status: "refused",
  reason: "Your business has already booked this offer. Cancel that booking to change it.",
};

/** The transaction client with the live-booking count always 0, as if bookSeats's own check had missed. */
function blindToLiveBookings<T extends object>(tx: T): T {
  return new Proxy(tx, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (key !== "offerBooking" || typeof value !== "object" || value === null) return value;
      return new Proxy(value, {
        get: (delegate, method) =>
          method === "count" ? async () => 0 : Reflect.get(delegate, method),
      });
    },
  });
}

describe("one live booking per SME and offer", () => {
  test("booking the same offer again while the first booking is live is refused with a reason", async () => {
    const o = await offer(10, { startsAt: null });
    const firm = await makeUser("sme", { verified: true });
    const input = { offerId: o.id, smeOrgId: firm.organisationId, userId: firm.id, seats: 1 };
    expect(await bookSeats(input)).toMatchObject({ status: "done" });
    expect(await bookSeats(input)).toEqual(alreadyBooked);
    expect(await prisma.offerBooking.count({ where: { offerId: o.id, state: "booked" } })).toBe(1);
  });

  test("if the app's own check missed the live booking, the database refuses it and the answer is the same", async () => {
    const o = await offer(10, { startsAt: null });
    const firm = await makeUser("sme", { verified: true });
    const input = { offerId: o.id, smeOrgId: firm.organisationId, userId: firm.id, seats: 1 };
    expect(await bookSeats(input)).toMatchObject({ status: "done" });

    const transaction = prisma.$transaction.bind(prisma);
    const spy = vi
      .spyOn(prisma, "$transaction")
      .mockImplementationOnce(((run: (tx: object) => Promise<unknown>) =>
        transaction((tx) => run(blindToLiveBookings(tx)))) as typeof prisma.$transaction);
    try {
      expect(await bookSeats(input)).toEqual(alreadyBooked);
    } finally {
      spy.mockRestore();
    }
    expect(await prisma.offerBooking.count({ where: { offerId: o.id, state: "booked" } })).toBe(1);
  });
});

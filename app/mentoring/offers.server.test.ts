import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { sme } from "../../tests/mentoring-data";
import { bookSeats } from "./bookings.server";
import { createOffer, setOfferPublished, updateOffer } from "./offers.server";
import { STARTED_MESSAGE } from "./offer-dates";
import type { Offer } from "./schemas";

const DAY = 86_400_000;

function clinic(overrides: Partial<Offer> = {}): Offer {
  return {
    title: "Data clinic",
    description: "Bring your spreadsheets.",
    kind: "clinic",
    dimensions: ["data", "cyber"],
    schedule: "dated",
    startsAt: new Date(Date.now() + 10 * DAY),
    endsAt: new Date(Date.now() + 10 * DAY + 3_600_000),
    format: "online",
    location: null,
    localAuthority: null,
    seats: 5,
    ...overrides,
  } as Offer;
}

async function boardMember() {
  return makeUser("board", { verified: true });
}

describe("a board member's offers", () => {
  test("a new offer is published for the member's organisation", async () => {
    const board = await boardMember();
    const created = await createOffer(board, clinic());
    expect(created).toMatchObject({ status: "done" });
    const row = await prisma.offer.findUniqueOrThrow({
      where: { id: created.status === "done" ? created.value.id : "" },
      select: {
        organisationId: true,
        createdById: true,
        dimensions: true,
        seats: true,
        state: true,
        title: true,
      },
    });
    expect(row).toEqual({
      organisationId: board.organisationId,
      createdById: board.id,
      dimensions: "data,cyber",
      seats: 5,
      state: "published",
      title: "Data clinic",
    });
  });

  test("seats cannot go below those booked; another organisation's offer is not found", async () => {
    const board = await boardMember();
    const stranger = await boardMember();
    const created = await createOffer(board, clinic());
    const id = created.status === "done" ? created.value.id : "";
    const firm = await sme();
    await bookSeats({ offerId: id, smeOrgId: firm.organisationId, userId: firm.id, seats: 3 });

    expect(await updateOffer(board, id, clinic({ seats: 2 }))).toEqual({
      status: "refused",
      reason: "3 seats are already booked. Enter 3 or more.",
      field: "seats",
    });
    expect(await updateOffer(stranger, id, clinic({ title: "Not mine" }))).toEqual({
      status: "not-found",
    });
    expect(await updateOffer(board, id, clinic({ seats: 3, title: "Data clinic, again" }))).toEqual(
      {
        status: "done",
        value: undefined,
      },
    );
    expect(
      await prisma.offer.findUniqueOrThrow({ where: { id }, select: { seats: true, title: true } }),
    ).toEqual({
      seats: 3,
      title: "Data clinic, again",
    });
  });

  test("an offer is withdrawn and published again, only by its own organisation", async () => {
    const board = await boardMember();
    const stranger = await boardMember();
    const created = await createOffer(board, clinic());
    const id = created.status === "done" ? created.value.id : "";
    const state = async () =>
      (await prisma.offer.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;
    expect(await setOfferPublished(stranger, id, false)).toEqual({ status: "not-found" });
    expect(await state()).toBe("published");
    expect(await setOfferPublished(board, id, false)).toEqual({ status: "done", value: undefined });
    expect(await state()).toBe("withdrawn");
    expect(await setOfferPublished(board, id, true)).toEqual({ status: "done", value: undefined });
    expect(await state()).toBe("published");
  });

  test("an offer dated in the past is not published, and nothing is written", async () => {
    const board = await boardMember();
    const past = clinic({
      title: "Yesterday's clinic",
      startsAt: new Date(Date.now() - DAY),
      endsAt: new Date(Date.now() - DAY + 3_600_000),
    });
    expect(await createOffer(board, past)).toEqual({
      status: "refused",
      reason: STARTED_MESSAGE,
      field: "startDate",
    });
    expect(await prisma.offer.count({ where: { title: "Yesterday's clinic" } })).toBe(0);
    // An on-demand offer has no start to be past.
    expect(
      await createOffer(board, clinic({ schedule: "on-demand", startsAt: null, endsAt: null })),
    ).toMatchObject({ status: "done" });
  });

  test("a published offer cannot be moved into the past, or published again once started", async () => {
    const board = await boardMember();
    const base = clinic();
    const created = await createOffer(board, base);
    const id = created.status === "done" ? created.value.id : "";
    const moved = clinic({
      startsAt: new Date(Date.now() - DAY),
      endsAt: new Date(Date.now() - DAY + 3_600_000),
    });
    expect(await updateOffer(board, id, moved)).toMatchObject({
      status: "refused",
      field: "startDate",
    });
    // Once it has started (its start date reached), its other details can still change...
    const later = new Date(Date.now() + 11 * DAY);
    expect(await updateOffer(board, id, { ...base, title: "Data clinic 2" }, later)).toMatchObject({
      status: "done",
    });
    // ...but once withdrawn it cannot be published again.
    expect(await setOfferPublished(board, id, false, later)).toMatchObject({ status: "done" });
    expect(await setOfferPublished(board, id, true, later)).toMatchObject({ status: "refused" });
    expect(
      (await prisma.offer.findUniqueOrThrow({ where: { id }, select: { state: true } })).state,
    ).toBe("withdrawn");
  });
});

describe("staff take an offer down", () => {
  test("it leaves the lists, cannot be published again, is audited, and the firm and the businesses that booked are told", async () => {
    const { takeDownOffer, offerRemovedMessage } = await import("./offers.server");
    const { loadOffers } = await import("./candidates.server");
    const { outboxFor } = await import("../../tests/outbox");
    const staffUser = await makeUser("staff");
    const staff = { id: staffUser.id, email: staffUser.email };
    const board = await boardMember();
    const created = await createOffer(board, clinic({ title: "Cyber basics clinic" }));
    const id = created.status === "done" ? created.value.id : "";
    const booker = await sme();
    expect(
      await bookSeats({
        offerId: id,
        smeOrgId: booker.organisationId,
        userId: booker.id,
        seats: 1,
      }),
    ).toMatchObject({ status: "done" });
    expect((await loadOffers(new Date())).map((o) => o.id)).toContain(id);

    const reason = "This firm is not running the clinic.";
    expect(await takeDownOffer(staff, id, reason)).toEqual({
      status: "done",
      value: { title: "Cyber basics clinic" },
    });
    expect(
      await prisma.offer.findUniqueOrThrow({
        where: { id },
        select: { state: true, removedReason: true },
      }),
    ).toEqual({ state: "removed", removedReason: reason });
    expect((await loadOffers(new Date())).map((o) => o.id)).not.toContain(id);
    expect(await setOfferPublished(board, id, true)).toEqual({
      status: "refused",
      reason: offerRemovedMessage,
    });
    expect(
      await prisma.auditEvent.findMany({
        where: { targetId: id },
        select: { action: true, actorId: true, reason: true },
      }),
    ).toEqual([{ action: "offer.take-down", actorId: staff.id, reason }]);
    expect(outboxFor(board.email).map((m) => m.subject)).toContain(
      "The partnership team took down your offer",
    );
    expect(outboxFor(booker.email).map((m) => m.subject)).toContain(
      "An offer you booked was taken down",
    );
    expect(await takeDownOffer(staff, id, reason)).toMatchObject({ status: "refused" });
    expect(await takeDownOffer(staff, "no-such-offer", reason)).toEqual({ status: "not-found" });
  });
});

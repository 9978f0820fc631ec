import { describe, expect, test } from "vitest";
import { isUniqueViolation, prisma } from "~/db.server";
import { makeUser } from "../tests/factories";
import { offer } from "../tests/mentoring-data";

// The partial unique indexes are hand-written in the migrations (Prisma cannot
// model them). These tests run on the really migrated database, so they also
// fail if a later migration that rebuilds the table drops an index.
const refusal = (write: Promise<unknown>) =>
  write.then(
    () => "written",
    (error: unknown) => (isUniqueViolation(error) ? "refused" : error),
  );

describe("one latest readiness check per organisation", () => {
  const check = (organisationId: string, isLatest: boolean) =>
    prisma.readinessCheck.create({
      data: { organisationId, bankVersion: "2026-1", status: "submitted", isLatest },
    });

  test("a second latest check is refused; checks that are not latest are not limited", async () => {
    const firm = await makeUser("sme");
    await check(firm.organisationId, true);
    expect(await refusal(check(firm.organisationId, true))).toBe("refused");
    expect(await refusal(check(firm.organisationId, false))).toBe("written");
    expect(await refusal(check(firm.organisationId, false))).toBe("written");
    const other = await makeUser("sme");
    expect(await refusal(check(other.organisationId, true))).toBe("written");
  });
});

describe("one live booking per SME and offer", () => {
  test("a second live booking is refused; cancelled ones are not limited", async () => {
    const clinic = await offer(10, { startsAt: null });
    const firm = await makeUser("sme", { verified: true });
    const book = (state: "booked" | "cancelled", smeOrgId = firm.organisationId) =>
      prisma.offerBooking.create({ data: { offerId: clinic.id, smeOrgId, seats: 1, state } });

    const first = await book("booked");
    expect(await refusal(book("booked"))).toBe("refused");
    expect(await refusal(book("cancelled"))).toBe("written");
    const other = await makeUser("sme", { verified: true });
    expect(await refusal(book("booked", other.organisationId))).toBe("written");

    await prisma.offerBooking.update({ where: { id: first.id }, data: { state: "cancelled" } });
    expect(await refusal(book("booked"))).toBe("written");
  });
});

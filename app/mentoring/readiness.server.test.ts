import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { placeAndLatestCheck, scoreSelect } from "./readiness.server";

const prismaLatest = (organisationId: string) =>
  prisma.readinessCheck.findFirst({
    where: { organisationId, isLatest: true, status: "submitted" },
    select: scoreSelect,
    orderBy: { submittedAt: "desc" },
  });

async function check(
  organisationId: string,
  data: { isLatest: boolean; status: string; overall?: number; day: number },
) {
  await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "2026.1",
      status: data.status,
      isLatest: data.isLatest,
      overall: data.overall ?? null,
      band: data.overall === undefined ? null : "Developing",
      scoreCyber: data.overall ?? null,
      scoreData: 12,
      submittedAt: data.status === "submitted" ? new Date(Date.UTC(2026, 0, data.day)) : null,
    },
  });
}

describe("an SME's place and latest check, in one query", () => {
  test("gives what the two Prisma reads give: the check flagged latest, with the same fields and types", async () => {
    const sme = await makeUser("sme");
    await check(sme.organisationId, { isLatest: false, status: "submitted", overall: 30, day: 3 });
    await check(sme.organisationId, { isLatest: true, status: "submitted", overall: 55, day: 9 });
    await check(sme.organisationId, { isLatest: false, status: "in-progress", day: 12 });
    const found = await placeAndLatestCheck(sme.organisationId);
    expect(found.check).toStrictEqual(await prismaLatest(sme.organisationId));
    expect(found.check?.overall).toBe(55);
    expect(found.check?.submittedAt).toBeInstanceOf(Date);
    expect(found.localAuthority).toBe("birmingham");
    expect(found.meetingFormat).toBeNull();
  });

  test("no finished check: the place, and no check", async () => {
    const sme = await makeUser("sme");
    await check(sme.organisationId, { isLatest: false, status: "in-progress", day: 2 });
    expect(await placeAndLatestCheck(sme.organisationId)).toStrictEqual({
      localAuthority: "birmingham",
      meetingFormat: null,
      check: null,
    });
  });

  test("an unknown place, or an unknown firm, reads as null", async () => {
    const sme = await makeUser("sme");
    await prisma.organisation.update({
      where: { id: sme.organisationId },
      data: { localAuthority: null },
    });
    expect((await placeAndLatestCheck(sme.organisationId)).localAuthority).toBeNull();
    expect(await placeAndLatestCheck("no-such-firm")).toStrictEqual({
      localAuthority: null,
      meetingFormat: null,
      check: null,
    });
  });
});

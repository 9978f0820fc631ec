import { describe, expect, test } from "vitest";
import { deleteAccount } from "~/accounts/accounts.server";
import { exportUserData } from "~/accounts/export.server";
import { prisma } from "~/db.server";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";

describe("deleting a school keeps the employer's placement requests", () => {
  test("the request stays with the employer, unlinked, open ones withdrawn, the school's phone gone", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, new Date());
    const request = await prisma.placementRequest.create({
      data: {
        placementId: placement.id,
        schoolOrgId: school.id,
        requestedById: school.userId,
        places: 2,
        yearGroup: "10",
        note: "We can come by bus",
        contactPhone: "0121 496 0000",
      },
      select: { id: true },
    });
    await deleteAccount(school.userId);
    expect(await prisma.organisation.count({ where: { id: school.id } })).toBe(0);
    const kept = await prisma.placementRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { schoolOrgId: true, state: true, contactPhone: true, places: true },
    });
    expect(kept).toEqual({ schoolOrgId: null, state: "withdrawn", contactPhone: "", places: 2 });
    expect(JSON.stringify(await exportUserData(employer.userId))).toContain("We can come by bus");
  });
});

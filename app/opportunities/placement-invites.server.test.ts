import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";
import { placementInviteFile } from "./placement-invites.server";

const now = new Date("2026-12-01T10:00:00Z");

describe("the placement invite to download", () => {
  test("either side of an accepted request gets the same all-day invite; nobody else, and not before it is accepted", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, now, { startInDays: 10 });
    const request = await prisma.placementRequest.create({
      data: { placementId: placement.id, schoolOrgId: school.id, places: 2, yearGroup: "10" },
      select: { id: true },
    });
    const person = (org: { id: string; email: string }) => ({
      organisationId: org.id,
      email: org.email,
      name: "Sam",
    });
    expect(await placementInviteFile(request.id, person(school))).toBeNull();

    await prisma.placementRequest.update({
      where: { id: request.id },
      data: { state: "accepted", placesAccepted: 2 },
    });
    const forSchool = await placementInviteFile(request.id, person(school));
    const forEmployer = await placementInviteFile(request.id, person(employer));
    for (const file of [forSchool, forEmployer]) {
      expect(file).toContain(`UID:placement-request-${request.id}`);
      expect(file).toContain("METHOD:REQUEST");
      // All-day: a date with no time, from the first day.
      expect(file).toContain("DTSTART;VALUE=DATE:20261211");
    }
    expect(forSchool).toContain(school.email);
    const stranger = await makeOrg("school");
    expect(await placementInviteFile(request.id, person(stranger))).toBeNull();
  });
});

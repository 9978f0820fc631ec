import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import { acceptRequest, declineRequest } from "./requests.server";

const now = new Date("2027-03-10T10:00:00Z");

async function newRequest(placementId: string, schoolOrgId: string) {
  return prisma.placementRequest.create({
    data: { placementId, schoolOrgId, places: 2, yearGroup: "10" },
    select: { id: true },
  });
}

describe("placement invites", () => {
  test("accepting places sends both sides an all-day invite for the placement's days", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    // Starts 20 days after `now` (30 March 2027) and runs 5 days.
    const placement = await makePlacement(employer.id, now);
    const { id } = await newRequest(placement.id, school.id);
    expect(await acceptRequest(id, employer.id, 2, now)).toMatchObject({ status: "done" });
    for (const email of [school.email, employer.email]) {
      const invite = outboxFor(email).find((m) =>
        m.subject.startsWith("Placement in your calendar"),
      );
      expect(invite?.text).toContain("When: 30 March 2027 to 3 April 2027");
      expect(invite?.text).toContain("DTSTART;VALUE=DATE:20270330");
      expect(invite?.text).toContain("DTEND;VALUE=DATE:20270404");
      expect(invite?.text).toContain(`UID:placement-request-${id}@skillsbridge.invalid`);
    }
  });

  test("declining sends no invite", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, now);
    const { id } = await newRequest(placement.id, school.id);
    await declineRequest(id, employer.id, "We are full that week.", now);
    expect(
      outboxFor(school.email).filter((m) => m.subject.startsWith("Placement in your calendar")),
    ).toEqual([]);
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { topMatchesFor } from "~/mentoring/matches.server";
import { idOf, seedFoundation } from "./demo";
import { seedMentoring } from "./mentoring";
import { seedReadiness } from "./readiness";

describe("the mentoring demo data", () => {
  test("profiles for the board members, requests in every state, offers with bookings, matches for the demo SME", async () => {
    const now = new Date("2026-05-01T09:00:00Z");
    const ctx = await seedFoundation(now);
    await seedReadiness(ctx);
    await seedMentoring(ctx);

    expect(await prisma.mentorProfile.count()).toBe(4);
    const states = await prisma.mentoringRequest.groupBy({ by: ["state"], _count: true });
    expect(states.map((s) => s.state).sort()).toEqual([
      "accepted",
      "cancelled",
      "completed",
      "declined",
      "expired",
      "pending",
    ]);
    const completed = await prisma.mentoringRequest.findFirstOrThrow({
      where: { state: "completed", smeOrgId: idOf(ctx.orgs, "sme") },
      select: { baselineCheckId: true },
    });
    expect(completed.baselineCheckId).not.toBeNull();
    expect(await prisma.offerBooking.count({ where: { state: "booked" } })).toBe(5);

    const matches = await topMatchesFor(idOf(ctx.orgs, "sme"), { mentors: 3, offers: 3 }, now);
    expect(matches.needsCheck).toBe(false);
    expect(matches.offers.length).toBeGreaterThan(0);
  });
});

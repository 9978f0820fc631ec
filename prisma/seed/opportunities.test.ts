import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { apprenticeshipFilters, placementFilters } from "~/opportunities/search";
import { searchApprenticeships, searchPlacements } from "~/opportunities/search.server";
import { idOf, seedFoundation } from "./demo";
import { seedOpportunities } from "./opportunities";

describe("the opportunities demo data", () => {
  test("postings in every state, requests in every state, and live ones that search finds", async () => {
    const now = new Date("2026-05-01T09:00:00Z");
    const ctx = await seedFoundation(now);
    await seedOpportunities(ctx);

    const states = await prisma.apprenticeship.groupBy({
      by: ["state"],
      where: { organisationId: idOf(ctx.orgs, "sme") },
      _count: true,
    });
    expect(states.map((s) => s.state).sort()).toEqual([
      "changes-requested",
      "closed",
      "draft",
      "live",
      "submitted",
    ]);
    const requestStates = await prisma.placementRequest.groupBy({ by: ["state"], _count: true });
    expect(requestStates.map((s) => s.state).sort()).toEqual([
      "accepted",
      "declined",
      "expired",
      "new",
      "viewed",
      "withdrawn",
    ]);

    const apprenticeships = await searchApprenticeships(
      apprenticeshipFilters(new URLSearchParams("q=print")),
      now,
    );
    expect(apprenticeships.results.map((r) => r.title)).toContain("Digital print apprentice");
    const placements = await searchPlacements(
      placementFilters(new URLSearchParams("q=print")),
      now,
    );
    expect(placements.results.map((r) => r.title)).toContain("A week in our print works");
    expect(placements.results.map((r) => r.title)).not.toContain("Spring week in the print works");
  });
});

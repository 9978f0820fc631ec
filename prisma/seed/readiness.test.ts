import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { prisma } from "~/db.server";
import { peerGroupsFor } from "~/readiness/peer-groups.server";
import { idOf, seedFoundation } from "./demo";
import { seedReadiness } from "./readiness";

describe("the readiness demo data", () => {
  test("gives the demo SME a history, one latest check per firm, and a region-wide comparison", async () => {
    const ctx = await seedFoundation(new Date("2026-05-01T09:00:00Z"));
    await seedReadiness(ctx);

    const mine = await prisma.readinessCheck.findMany({
      where: { organisationId: idOf(ctx.orgs, "sme") },
      orderBy: { submittedAt: "asc" },
      select: { status: true, isLatest: true, overall: true },
    });
    expect(mine).toHaveLength(3);
    expect(mine.map((c) => c.isLatest)).toEqual([false, false, true]);
    expect(mine.every((c) => c.status === "submitted")).toBe(true);
    // The demo firm improves, so "change since last time" has something to show.
    expect(at(mine, 2).overall!).toBeGreaterThan(at(mine, 1).overall!);

    const latestPerOrg = await prisma.readinessCheck.groupBy({
      by: ["organisationId"],
      where: { isLatest: true },
      _count: true,
    });
    expect(latestPerOrg.every((row) => row._count === 1)).toBe(true);
    expect(latestPerOrg.length).toBeGreaterThanOrEqual(10);

    const org = await prisma.organisation.findUniqueOrThrow({
      where: { id: idOf(ctx.orgs, "sme") },
      select: { id: true, sector: true, sizeBand: true, localAuthority: true },
    });
    const groups = await peerGroupsFor(org, at(mine, 2).overall!);
    expect(groups.find((g) => g.kind === "region")).toMatchObject({ shown: true });
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({ shown: false });
  });
});

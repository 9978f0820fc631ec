import crypto from "node:crypto";
import { describe, expect, test } from "vitest";
import type { Role } from "~/auth/roles";
import { prisma } from "~/db.server";
import type { DimensionId } from "./dimensions";
import { dimensionPeersFor, peerFactsOf, peerGroupsFor } from "./peer-groups.server";
import { smallGroupReason } from "./peers";

// Each test uses its own sector and size values, so the groups never overlap.
function unique(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

async function sme(
  facts: { sector: string; sizeBand: string; localAuthority: string },
  kind: Role = "sme",
) {
  return prisma.organisation.create({
    data: { name: unique("Firm"), kind, ...facts },
    select: { id: true, sector: true, sizeBand: true, localAuthority: true },
  });
}

async function submitted(
  organisationId: string,
  overall: number,
  options: {
    isLatest?: boolean;
    status?: string;
    dimensions?: Partial<Record<DimensionId, number>>;
    /** The facts the check was taken with (none: its firm's, as for rows before they were kept). */
    facts?: { sector: string; sizeBand: string; localAuthority: string };
  } = {},
) {
  const d = options.dimensions ?? {};
  await prisma.readinessCheck.create({
    data: {
      ...options.facts,
      scoreStrategy: d.strategy,
      scoreReadiness: d.readiness,
      scoreWorkforce: d.workforce,
      scoreData: d.data,
      scoreAutomation: d.automation,
      scoreCyber: d.cyber,
      organisationId,
      bankVersion: "2026.1",
      status: options.status ?? "submitted",
      isLatest: options.isLatest ?? true,
      overall,
      band: "Developing",
      submittedAt: new Date(),
    },
  });
}

async function groupOf(
  peerScores: number[],
  facts: { sector: string; sizeBand: string; localAuthority: string },
) {
  for (const score of peerScores) {
    const peer = await sme(facts);
    await submitted(peer.id, score);
  }
}

describe("peer groups from the database", () => {
  test("a firm is grouped by the facts its check was taken with, not by what it says today", async () => {
    const before = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const after = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "dudley" };
    // Five firms checked while they were like `before`, that have since changed to `after`.
    for (const score of [10, 20, 30, 40, 50]) {
      const peer = await sme(after);
      await submitted(peer.id, score, { facts: before });
    }
    const own = await sme(before);
    const groups = await peerGroupsFor(own, 35);
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({ shown: true, size: 5 });
    expect(groups.find((g) => g.kind === "sector-size")).toMatchObject({
      shown: true,
      size: 5,
      median: 30,
    });
    const now = await peerGroupsFor(await sme(after), 35);
    expect(now.find((g) => g.kind === "sector")).toMatchObject({ shown: false, size: 0 });
  });

  test("an older result taken at another size is compared with that size, the latest check not taken out of it", async () => {
    const sector = unique("S");
    const small = { sector, sizeBand: unique("Z"), localAuthority: "walsall" };
    const medium = { sector, sizeBand: unique("Z"), localAuthority: "walsall" };
    await groupOf([10, 20, 30, 40, 50], small);
    const own = await sme(medium);
    // Its latest check was taken at the new size, with the same overall score as the old one.
    await submitted(own.id, 30, { facts: medium });
    const old = peerFactsOf(own, small);
    const groups = await peerGroupsFor(old, 30);
    expect(groups.find((g) => g.kind === "size")).toMatchObject({
      shown: true,
      size: 5,
      median: 30,
    });
    // Same sector: its latest is in it, so it is taken out (5 others, not 6).
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({ size: 5 });
  });

  test("4 other firms in the sector: not shown, with the reason", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    await submitted(own.id, 50);
    await groupOf([10, 20, 30, 40], facts);
    const sector = (await peerGroupsFor(own, 50)).find((g) => g.kind === "sector");
    expect(sector).toEqual({
      kind: "sector",
      title: expect.stringContaining("Same sector"),
      shown: false,
      size: 4,
      reason: smallGroupReason,
    });
  });

  test("5 other firms: shown with the median of the five, never counting the firm itself", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    await submitted(own.id, 90);
    await groupOf([10, 20, 30, 40, 60], facts);
    const groups = await peerGroupsFor(own, 50);
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({
      shown: true,
      size: 5,
      median: 30,
      position: "above",
      percentBelow: 80,
    });
    expect(groups.find((g) => g.kind === "size")).toMatchObject({
      shown: true,
      size: 5,
      median: 30,
    });
  });

  test("6 other firms: the median is the mean of the middle two", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    await groupOf([61, 10, 35, 70, 20, 40], facts);
    const sector = (await peerGroupsFor(own, 37)).find((g) => g.kind === "sector");
    expect(sector).toMatchObject({
      shown: true,
      size: 6,
      median: 37.5,
      position: "below",
      percentBelow: 50,
    });
  });

  test("only each firm's latest submitted check counts, and only SMEs", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    await groupOf([10, 20, 30, 40], facts);
    const older = await sme(facts);
    await submitted(older.id, 99, { isLatest: false });
    const unfinished = await sme(facts);
    await submitted(unfinished.id, 99, { isLatest: false, status: "in-progress" });
    const school = await sme(facts, "school");
    await submitted(school.id, 99);
    const sector = (await peerGroupsFor(own, 50)).find((g) => g.kind === "sector");
    expect(sector).toMatchObject({ shown: false, size: 4 });
  });

  test("a firm with no sector is told why there is no sector comparison", async () => {
    const own = await prisma.organisation.create({
      data: {
        name: unique("Firm"),
        kind: "sme",
        sector: null,
        sizeBand: null,
        localAuthority: null,
      },
      select: { id: true, sector: true, sizeBand: true, localAuthority: true },
    });
    const groups = await peerGroupsFor(own, 50);
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({
      shown: false,
      reason: "We do not know your business's sector, so we cannot compare.",
    });
    expect(groups.map((g) => g.kind)).toEqual(["sector", "size", "area", "sector-size", "region"]);
    expect(groups.find((g) => g.kind === "sector-size")).toMatchObject({
      shown: false,
      reason: "We do not know your business's sector or size, so we cannot compare.",
    });
  });

  test("a caller that already read the firm's latest check gets the same groups without reading it again", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    await submitted(own.id, 40);
    await groupOf([10, 20, 30, 40, 50, 60], facts);
    expect(await peerGroupsFor(own, 40, { overall: 40 })).toStrictEqual(
      await peerGroupsFor(own, 40),
    );
    const fresh = await sme(facts);
    expect(await peerGroupsFor(fresh, 40, null)).toStrictEqual(await peerGroupsFor(fresh, 40));
  });

  test("the combined sector-and-size group counts only firms with both, and needs 5 of them", async () => {
    const sector = unique("S");
    const sizeBand = unique("Z");
    const own = await sme({ sector, sizeBand, localAuthority: "walsall" });
    // 4 with the same sector and size, 3 more with the sector only.
    await groupOf([10, 20, 30, 40], { sector, sizeBand, localAuthority: "dudley" });
    await groupOf([90, 90, 90], { sector, sizeBand: unique("Z"), localAuthority: "dudley" });
    let groups = await peerGroupsFor(own, 50);
    expect(groups.find((g) => g.kind === "sector")).toMatchObject({ shown: true, size: 7 });
    expect(groups.find((g) => g.kind === "sector-size")).toMatchObject({
      shown: false,
      size: 4,
      reason: smallGroupReason,
    });
    await groupOf([60], { sector, sizeBand, localAuthority: "coventry" });
    groups = await peerGroupsFor(own, 50);
    expect(groups.find((g) => g.kind === "sector-size")).toMatchObject({
      shown: true,
      size: 5,
      median: 30,
      position: "above",
    });
  });

  test("each dimension is compared with the same groups' scores for that dimension, 5 or more firms each", async () => {
    const facts = { sector: unique("S"), sizeBand: unique("Z"), localAuthority: "walsall" };
    const own = await sme(facts);
    const mine = {
      strategy: 50,
      readiness: 50,
      workforce: 20,
      data: 80,
      automation: 50,
      cyber: 50,
    };
    await submitted(own.id, 50, { dimensions: mine });
    for (const [i, workforce] of [30, 40, 50, 60, 70].entries()) {
      const peer = await sme(facts);
      // Only four peers have a data score: that dimension's group is too small.
      await submitted(peer.id, 50, {
        dimensions: { ...mine, workforce, data: i < 4 ? 10 : undefined },
      });
    }
    const peers = await dimensionPeersFor(own, mine);
    expect(peers.map((p) => p.dimension)).toEqual([
      "strategy",
      "readiness",
      "workforce",
      "data",
      "automation",
      "cyber",
    ]);
    const workforce = peers.find((p) => p.dimension === "workforce");
    expect(workforce?.score).toBe(20);
    // The firm's own workforce score (20) is not among its peers'.
    expect(workforce?.groups.find((g) => g.kind === "sector")).toMatchObject({
      shown: true,
      size: 5,
      median: 50,
      position: "below",
      percentBelow: 0,
    });
    expect(workforce?.groups.find((g) => g.kind === "sector-size")).toMatchObject({
      shown: true,
      median: 50,
    });
    const data = peers.find((p) => p.dimension === "data");
    expect(data?.groups.find((g) => g.kind === "sector")).toEqual({
      kind: "sector",
      title: expect.stringContaining("Same sector"),
      shown: false,
      size: 4,
      reason: smallGroupReason,
    });
    // Reading the firm's latest check or being given it gives the same answer.
    expect(
      await dimensionPeersFor(own, mine, {
        overall: 50,
        scoreStrategy: 50,
        scoreReadiness: 50,
        scoreWorkforce: 20,
        scoreData: 80,
        scoreAutomation: 50,
        scoreCyber: 50,
      }),
    ).toStrictEqual(peers);
  });
});

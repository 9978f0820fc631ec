import { beforeAll, describe, expect, it } from "vitest";
import { at } from "../../tests/at";
import { prisma } from "~/db.server";
import type { RequestState } from "~/mentoring/request-state";
import { bandFor } from "~/readiness/dimensions";
import type { InsightFilters } from "./filters";
import { buildInsightTable } from "./insights.server";
import { averageChange, mentoringByGroup } from "./mentoring.server";
import { opportunitiesByGroup } from "./opportunities.server";
import { readinessByGroup, readinessMedians } from "./readiness.server";
import { HIDDEN_TOO, presentTable, SUPPRESSED } from "./table";

// A seeded database with answers worked out by hand (see the comments by each group).
// Coventry: 6 firms, Dudley: 5, Walsall: 4 (too few to show), Solihull: 5 (mentoring).

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

async function sme(name: string, localAuthority: string, sector: string, sizeBand: string) {
  const org = await prisma.organisation.create({
    data: { name, kind: "sme", localAuthority, sector, sizeBand, verificationStatus: "verified" },
    select: { id: true },
  });
  return org.id;
}

async function check(
  organisationId: string,
  overall: number,
  workforce: number,
  submittedAt: string,
  isLatest = true,
) {
  const row = await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "test",
      status: "submitted",
      isLatest,
      overall,
      band: bandFor(overall),
      scoreStrategy: overall + 1,
      scoreReadiness: overall,
      scoreWorkforce: workforce,
      scoreData: overall,
      scoreAutomation: overall,
      scoreCyber: overall,
      submittedAt: d(submittedAt),
    },
    select: { id: true },
  });
  return row.id;
}

async function placement(
  organisationId: string,
  places: number,
  firstPublishedAt: string | null,
  state = "live",
) {
  const row = await prisma.placement.create({
    data: {
      organisationId,
      state,
      title: "Office week",
      description: "A week in the office",
      sector: "C",
      dateMode: "fixed",
      // Far ahead, so the placements are live whenever the suite runs.
      startDate: new Date("2099-07-01T00:00:00Z"),
      endDate: new Date("2099-07-05T00:00:00Z"),
      yearGroups: "10",
      places,
      format: "in-person",
      firstPublishedAt: firstPublishedAt ? d(firstPublishedAt) : null,
    },
    select: { id: true },
  });
  return row.id;
}

const all: InsightFilters = { by: "la" };
const coventry: string[] = [];
const dudley: string[] = [];
const walsall: string[] = [];
const solihull: string[] = [];

beforeAll(async () => {
  // Coventry (sector C, small): latest overall 10..60, workforce 30,40,49,50,70,80;
  // the sixth firm also has an older check (2025) that must not count in the bands.
  const covWorkforce = [30, 40, 49, 50, 70, 80];
  for (let i = 0; i < 6; i++) {
    const id = await sme(`Cov ${i}`, "coventry", "C", "small");
    coventry.push(id);
    await check(id, (i + 1) * 10, at(covWorkforce, i), "2026-03-10");
  }
  await check(at(coventry, 5), 90, 90, "2025-01-15", false);
  // Dudley (sector C, micro): overall 20,40,60,80,100, workforce 60; one unfinished check.
  for (const overall of [20, 40, 60, 80, 100]) {
    const id = await sme(`Dud ${overall}`, "dudley", "C", "micro");
    dudley.push(id);
    await check(id, overall, 60, "2026-03-10");
  }
  await prisma.readinessCheck.create({
    data: { organisationId: at(dudley, 0), bankVersion: "test", status: "in-progress" },
  });
  // Walsall (sector G, small): 4 firms, overall 30, workforce 30.
  for (let i = 0; i < 4; i++) {
    const id = await sme(`Wal ${i}`, "walsall", "G", "small");
    walsall.push(id);
    await check(id, 30, 30, "2026-03-10");
  }
  // Solihull (sector J, medium): mentoring. Checks in February; two have a later check in June.
  const baselines: string[] = [];
  for (const overall of [40, 50, 40, 40, 40]) {
    const id = await sme(`Sol ${solihull.length}`, "solihull", "J", "medium");
    solihull.push(id);
    baselines.push(await check(id, overall, overall, "2026-02-01"));
  }
  // Only the newest submitted check of a firm is its latest (the readiness module keeps this true).
  await prisma.readinessCheck.updateMany({
    where: { id: { in: baselines.slice(0, 2) } },
    data: { isLatest: false },
  });
  await check(at(solihull, 0), 60, 60, "2026-06-01");
  await check(at(solihull, 1), 55, 55, "2026-06-01");

  // Opportunities: five Coventry firms post a placement of 4 places; the first also an
  // apprenticeship (closed) and an unpublished draft. One Dudley firm posts 10 places.
  const placements: string[] = [];
  for (const id of coventry.slice(0, 5)) placements.push(await placement(id, 4, "2026-03-01"));
  await placement(at(coventry, 0), 9, null, "draft");
  await placement(at(dudley, 0), 10, "2026-03-01");
  await prisma.apprenticeship.create({
    data: {
      organisationId: at(coventry, 0),
      state: "closed",
      title: "Apprentice",
      shortDescription: "s",
      fullDescription: "f",
      standard: "Software developer",
      level: 3,
      route: "digital",
      positions: 2,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "apprentice-minimum",
      startDate: d("2026-09-01"),
      closingDate: d("2026-08-01"),
      postcode: "CV1 1AA",
      localAuthority: "coventry",
      trainingProvider: "College",
      applyMethod: "portal",
      firstPublishedAt: d("2026-03-05"),
    },
  });
  const school = await prisma.organisation.create({
    data: { name: "School", kind: "school" },
    select: { id: true },
  });
  await prisma.placementRequest.create({
    data: {
      placementId: at(placements, 0),
      schoolOrgId: school.id,
      places: 3,
      yearGroup: "10",
      state: "accepted",
      placesAccepted: 2,
      createdAt: d("2026-03-15"),
    },
  });
  await prisma.placementRequest.create({
    data: {
      placementId: at(placements, 1),
      schoolOrgId: school.id,
      places: 1,
      yearGroup: "10",
      createdAt: d("2026-03-15"),
    },
  });

  // Mentoring: S0 completed with a recorded baseline (40 → 60, +20); S1 completed without
  // one, so its last check before acceptance is used (50 → 55, +5); S2 active; S3 declined;
  // S4 pending. S4 books 3 seats, and a cancelled booking of 2 seats does not count.
  const board = await prisma.organisation.create({
    data: { name: "Board", kind: "board" },
    select: { id: true },
  });
  const mentor = await prisma.user.create({
    data: {
      email: "mentor@test.example",
      name: "Mentor",
      role: "board",
      organisationId: board.id,
      mentorProfile: {
        create: { role: "Engineer", bio: "b", expertise: "data", capacity: 5, format: "online" },
      },
    },
    select: { mentorProfile: { select: { id: true } } },
  });
  const mentorId = mentor.mentorProfile!.id;
  const request = (smeOrgId: string, state: RequestState, extra: object = {}) =>
    prisma.mentoringRequest.create({
      data: {
        mentorId,
        smeOrgId,
        goals: "g",
        preferredFormat: "online",
        state,
        createdAt: d("2026-02-20"),
        ...extra,
      },
    });
  await request(at(solihull, 0), "completed", {
    baselineCheckId: at(baselines, 0),
    answeredAt: d("2026-03-01"),
    endedAt: d("2026-05-01"),
  });
  await request(at(solihull, 1), "completed", {
    answeredAt: d("2026-03-01"),
    endedAt: d("2026-05-01"),
  });
  await request(at(solihull, 2), "accepted", { answeredAt: d("2026-03-01") });
  await request(at(solihull, 3), "declined", { answeredAt: d("2026-03-01") });
  await request(at(solihull, 4), "pending");
  const offer = await prisma.offer.create({
    data: {
      organisationId: board.id,
      title: "Workshop",
      description: "d",
      kind: "workshop",
      dimensions: "data",
      schedule: "on-demand",
      format: "online",
      seats: 20,
    },
    select: { id: true },
  });
  await prisma.offerBooking.create({
    data: { offerId: offer.id, smeOrgId: at(solihull, 4), seats: 3, createdAt: d("2026-02-25") },
  });
  await prisma.offerBooking.create({
    data: {
      offerId: offer.id,
      smeOrgId: at(solihull, 3),
      seats: 2,
      state: "cancelled",
      createdAt: d("2026-02-25"),
    },
  });
});

describe("readiness aggregates", () => {
  it("counts checks, bands and the hidden middle per local authority, each firm once by its latest check", async () => {
    const rows = await readinessByGroup(all, "la");
    const by = Object.fromEntries(rows.map((r) => [r.group, r]));
    expect(by.coventry).toEqual({
      group: "coventry",
      orgs: 6,
      checks: 7,
      starting: 2,
      developing: 3,
      established: 1,
      leading: 0,
      hiddenMiddle: 3,
    });
    expect(by.dudley).toMatchObject({
      orgs: 5,
      checks: 5,
      starting: 1,
      developing: 1,
      established: 1,
      leading: 2,
      hiddenMiddle: 0,
    });
    expect(by.walsall).toMatchObject({ orgs: 4, checks: 4, developing: 4, hiddenMiddle: 4 });
    expect(by.solihull).toMatchObject({
      orgs: 5,
      checks: 7,
      developing: 3,
      established: 2,
      hiddenMiddle: 3,
    });
  });

  it("totals everything together", async () => {
    const [total] = await readinessByGroup(all, "all");
    expect(total).toMatchObject({
      orgs: 20,
      checks: 23,
      starting: 3,
      developing: 11,
      established: 4,
      leading: 2,
      hiddenMiddle: 10,
    });
  });

  it("works out medians in SQL, the mean of the middle two for an even count", async () => {
    const medians = Object.fromEntries(
      (await readinessMedians(all, "la")).map((m) => [m.group, m.medians]),
    );
    expect(medians.coventry).toMatchObject({
      overall: 35,
      strategy: 36,
      workforce: 49.5,
      cyber: 35,
    });
    expect(medians.dudley).toMatchObject({ overall: 60, strategy: 61, workforce: 60 });
    expect(medians.solihull).toMatchObject({ overall: 40 });
    const total = (await readinessMedians(all, "la")).find((m) => m.total)!;
    expect(total.medians.overall).toBe(40);
    const all2 = at(await readinessMedians(all, "all"), 0);
    expect(all2.medians.overall).toBe(40);
  });

  it("only counts checks in the chosen dates, and filters by sector and size", async () => {
    const [inDates] = await readinessByGroup(
      { by: "la", localAuthority: "coventry", from: "2026-01-01", to: "2026-12-31" },
      "all",
    );
    expect(inDates).toMatchObject({ orgs: 6, checks: 6 });
    const [before] = await readinessByGroup(
      { by: "la", localAuthority: "coventry", to: "2025-12-31" },
      "all",
    );
    expect(before).toMatchObject({ orgs: 1, checks: 1, leading: 1 });
    const sectors = await readinessByGroup({ by: "sector", sizeBand: "small" }, "sector");
    expect(Object.fromEntries(sectors.map((r) => [r.group, r.orgs]))).toEqual({ C: 6, G: 4 });
  });

  it("with an end date before a firm's newest check, counts the firm by its newest check before that", async () => {
    // Two Solihull firms checked again in June: up to March, their February checks count.
    const march = { by: "la", localAuthority: "solihull", to: "2026-03-31" } as const;
    const [before] = await readinessByGroup(march, "all");
    expect(before).toMatchObject({ orgs: 5, checks: 5, developing: 5, established: 0 });
    expect(before!.hiddenMiddle).toBe(4);
    const [medians] = await readinessMedians(march, "all");
    expect(medians!.medians).toMatchObject({ overall: 40, workforce: 40 });
    // From April, only the June checks are in the dates.
    const [after] = await readinessByGroup(
      { ...march, from: "2026-04-01", to: "2026-12-31" },
      "all",
    );
    expect(after).toMatchObject({ orgs: 2, checks: 2, established: 2, hiddenMiddle: 0 });
  });

  it("hides groups under 5 firms, and one more so the Total gives nothing away", async () => {
    const table = presentTable(await buildInsightTable("readiness", all));
    const row = (label: string) => table.rows.find((r) => r.label === label)!;
    expect(row("Walsall")).toMatchObject({ suppressed: true });
    expect(row("Walsall").texts.every((t) => t === SUPPRESSED)).toBe(true);
    // Walsall alone hidden would be the Total minus the rest: the smallest other group
    // (Dudley, 5 firms, first of two) is hidden too (secondary suppression).
    expect(row("Dudley")).toMatchObject({ suppressed: true });
    expect(row("Dudley").texts.every((t) => t === HIDDEN_TOO)).toBe(true);
    expect(row("Coventry")).toMatchObject({
      suppressed: false,
      texts: ["6", "7", "2", "3", "1", "0", "3", "50%"],
    });
    expect(row("Total").texts).toEqual(["20", "23", "3", "11", "4", "2", "10", "50%"]);
    expect(table.rows.map((r) => r.label)).toEqual([
      "Coventry",
      "Dudley",
      "Solihull",
      "Walsall",
      "Total",
    ]);
  });

  it("the medians table uses the same firm counts and suppression", async () => {
    const table = presentTable(await buildInsightTable("scores", all));
    const row = (label: string) => table.rows.find((r) => r.label === label)!;
    expect(row("Coventry").texts.slice(0, 3)).toEqual(["6", "35", "36"]);
    expect(row("Walsall").texts.every((t) => t === SUPPRESSED)).toBe(true);
  });
});

describe("opportunity aggregates", () => {
  it("counts postings first published, live ones, places offered, requested and accepted", async () => {
    const by = Object.fromEntries((await opportunitiesByGroup(all, "la")).map((r) => [r.group, r]));
    expect(by.coventry).toEqual({
      group: "coventry",
      orgs: 5,
      apprenticeships: 1,
      apprenticeshipsLive: 0,
      positions: 2,
      placements: 5,
      placementsLive: 5,
      placesOffered: 20,
      placesRequested: 4,
      placesAccepted: 2,
    });
    expect(by.dudley).toMatchObject({ orgs: 1, placements: 1, placesOffered: 10 });
    const [total] = await opportunitiesByGroup(all, "all");
    expect(total).toMatchObject({
      orgs: 6,
      apprenticeships: 1,
      placements: 6,
      placementsLive: 6,
      placesOffered: 30,
      placesRequested: 4,
      placesAccepted: 2,
    });
  });

  it("a placement still marked live once it has started is not counted as live, as the listings hide it", async () => {
    const [started] = await opportunitiesByGroup(all, "all", new Date("2099-07-01T12:00:00Z"));
    expect(started).toMatchObject({ placements: 6, placementsLive: 0 });
  });

  it("hides a group of one organisation", async () => {
    const table = presentTable(await buildInsightTable("opportunities", all));
    expect(table.rows.find((r) => r.label === "Dudley")!.suppressed).toBe(true);
    // With two groups, Total minus Coventry would be Dudley: Coventry is hidden too, the Total shown.
    expect(
      table.rows.find((r) => r.label === "Coventry")!.texts.every((t) => t === HIDDEN_TOO),
    ).toBe(true);
    expect(table.rows.find((r) => r.label === "Total")!.texts).toEqual([
      "6",
      "1",
      "0",
      "2",
      "6",
      "6",
      "30",
      "4",
      "2",
    ]);
  });
});

describe("mentoring aggregates", () => {
  it("counts requests, acceptance, active and completed relationships, and booked seats", async () => {
    const row = at(await mentoringByGroup({ by: "la", localAuthority: "solihull" }, "la"), 0);
    expect(row).toEqual({
      group: "solihull",
      orgs: 5,
      requests: 5,
      accepted: 3,
      active: 1,
      completed: 2,
      seats: 3,
      changeOrgs: 2,
      changeSum: 25,
      changeCount: 2,
    });
    expect(averageChange(row)).toBe(12.5);
  });

  it("hides the average change when fewer than 5 firms are behind it", async () => {
    const table = presentTable(
      await buildInsightTable("mentoring", { by: "la", localAuthority: "solihull" }),
    );
    expect(table.head).toEqual([
      "Local authority",
      "Firms",
      "Requests",
      "Accepted (% of requests)",
      "Active now",
      "Completed",
      "Average change in overall score",
      "Seats booked on offers",
    ]);
    expect(at(table.rows, 0).texts).toEqual(["5", "5", "60%", "1", "2", SUPPRESSED, "3"]);
  });
});

describe("trends", () => {
  it("counts each month and hides months built from fewer than 5 organisations, cell by cell", async () => {
    const table = presentTable(
      await buildInsightTable("trends", { by: "la", from: "2026-01-01", to: "2026-06-30" }),
    );
    const months = Object.fromEntries(table.rows.map((r) => [r.label, r.texts]));
    expect(Object.keys(months)).toEqual([
      "January 2026",
      "February 2026",
      "March 2026",
      "April 2026",
      "May 2026",
      "June 2026",
    ]);
    expect(months["January 2026"]).toEqual(["0", "0", "0", "0"]);
    // June's checks are hidden, and February's too: the readiness table's Total has them all.
    expect(months["February 2026"]).toEqual([HIDDEN_TOO, "0", "0", "5"]);
    expect(months["March 2026"]).toEqual(["15", "7", SUPPRESSED, "0"]);
    expect(months["June 2026"]).toEqual([SUPPRESSED, "0", "0", "0"]);
  });
});

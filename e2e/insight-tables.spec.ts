import type { prisma } from "../app/db.server";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, test, startSession, type TestUser } from "./fixtures";
import { seedMentor } from "./mentoring-helpers";
import {
  presentTable,
  markHidden,
  type InsightTable,
  type ColumnFormat,
} from "../app/insights/table";
import { localAuthorities } from "../app/organisations/reference-data";
import { bandFor } from "../app/readiness/dimensions";
import { formatMonth } from "../app/time/format";
import { startOfUkToday } from "../app/time/uk-time";

// Issue 19: every table on /staff/insights says what the database holds. The
// test makes its own firms, postings, applications, mentoring and checks in a
// quarter nobody else uses (May to July 2022), then works out each table from
// the database here, in plain code, and compares every cell the page shows:
// readiness, medians, postings, applications, mentoring and the months. Which
// cells are hidden, and how numbers are written, is the documented rule
// (insights/table.ts presentTable, docs/decisions/019); the test also names one
// hidden cell and one "none" cell it made on purpose, so those cannot drift.

const FROM = "2022-05-02"; // a Monday
const TO = "2022-07-31"; // a Sunday: the view is whole weeks
// The London days' bounds as instants (BST: an hour before midnight UTC).
const START = new Date("2022-05-01T23:00:00Z");
const END = new Date("2022-07-31T23:00:00Z");
const MONTHS = ["2022-05", "2022-06", "2022-07"];

/** Midday UTC on a day of 2022: well inside the London day, whatever the clocks. */
const on = (month: number, day: number) =>
  new Date(`2022-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T12:00:00Z`);

const FUTURE = new Date("2031-09-01T00:00:00Z");
const scoreColumns = [
  "overall",
  "scoreStrategy",
  "scoreReadiness",
  "scoreWorkforce",
  "scoreData",
  "scoreAutomation",
  "scoreCyber",
] as const;

type Firm = TestUser & { la: string };
type Db = typeof prisma;

// ---------------------------------------------------------------------------
// Making the data

async function seed(db: Db) {
  // Firms per area: Sandwell's 2 are a group too small to show.
  const plan = { birmingham: 6, dudley: 7, wolverhampton: 5, sandwell: 2 } as const;
  const firms: Firm[] = [];
  for (const [la, n] of Object.entries(plan)) {
    for (let i = 0; i < n; i++) {
      const user = await createUser("sme", {
        organisation: { localAuthority: la, sector: "J", sizeBand: i % 2 ? "small" : "micro" },
      });
      firms.push({ ...user, la });
    }
  }

  // Readiness: one check each, and a first check in May for every third firm.
  const baselines = new Map<string, string>();
  for (const [i, firm] of firms.entries()) {
    const overall = 12 + ((i * 17) % 85);
    const scores = (shift: number) => ({
      overall: overall - shift,
      band: bandFor(overall - shift),
      scoreStrategy: (overall + 10 * i) % 100,
      scoreReadiness: overall - shift,
      scoreWorkforce: 30 + ((i * 7) % 50) - shift,
      scoreData: (overall * 3) % 100,
      scoreAutomation: 100 - overall,
      scoreCyber: (i * 23) % 100,
    });
    if (i % 3 === 0) {
      const first = await db.readinessCheck.create({
        data: {
          organisationId: firm.organisationId,
          bankVersion: "e2e",
          status: "submitted",
          isLatest: false,
          submittedAt: on(5, 3 + (i % 5)),
          ...scores(8),
        },
        select: { id: true },
      });
      baselines.set(firm.organisationId, first.id);
    }
    await db.readinessCheck.create({
      data: {
        organisationId: firm.organisationId,
        bankVersion: "e2e",
        status: "submitted",
        isLatest: true,
        // Spread over the quarter; July gets few, so a month's cell is hidden.
        submittedAt: i % 7 === 6 ? on(7, 4 + (i % 20)) : on(6, 1 + (i % 28)),
        ...scores(0),
      },
    });
  }
  const inArea = (la: string) => firms.filter((f) => f.la === la);

  // Apprenticeships from Birmingham's firms (and two Wolverhampton ones), placements from Dudley's.
  const vacancies: string[] = [];
  for (const [i, firm] of [
    ...inArea("birmingham"),
    ...inArea("wolverhampton").slice(0, 2),
  ].entries()) {
    const vacancy = await db.apprenticeship.create({
      data: {
        organisationId: firm.organisationId,
        state: i % 3 === 2 ? "closed" : "live",
        title: `Insight apprentice ${i}`,
        shortDescription: "Build websites for local firms.",
        fullDescription: "You will build and test websites, and learn on the job.",
        standard: "Software developer",
        level: 4,
        route: "digital",
        positions: 1 + (i % 3),
        weeklyHours: 30,
        durationMonths: 18,
        wageType: "apprentice-minimum",
        startDate: FUTURE,
        closingDate: FUTURE,
        postcode: "B1 1AA",
        localAuthority: firm.la,
        trainingProvider: "Midlands Training Ltd",
        applyMethod: "portal",
        firstPublishedAt: on(5 + (i % 3), 10 + i),
      },
      select: { id: true },
    });
    vacancies.push(vacancy.id);
  }
  const school = await createUser("school");
  for (const [i, firm] of inArea("dudley").entries()) {
    const placement = await db.placement.create({
      data: {
        organisationId: firm.organisationId,
        state: i === 0 ? "closed" : "live",
        title: `Insight placement ${i}`,
        description: "A week in our workshop.",
        sector: "J",
        dateMode: "fixed",
        startDate: FUTURE,
        endDate: new Date(FUTURE.getTime() + 4 * 86_400_000),
        yearGroups: "10",
        places: 2 + (i % 3),
        format: "in-person",
        firstPublishedAt: on(6, 2 + i),
      },
      select: { id: true },
    });
    // Requests from a school: some accepted, one declined.
    for (let r = 0; r < (i % 3) + 1; r++) {
      const state = r === 0 ? "accepted" : r === 1 ? "declined" : "new";
      await db.placementRequest.create({
        data: {
          placementId: placement.id,
          schoolOrgId: school.organisationId,
          places: 1 + r,
          yearGroup: "10",
          state,
          ...(state === "accepted" ? { placesAccepted: 1 } : {}),
          createdAt: on(6 + (r % 2), 12 + i),
        },
      });
    }
  }

  // Applications to the vacancies, in every state that counts (a draft does not).
  const states = ["new", "reviewing", "offered", "hired", "unsuccessful", "draft"] as const;
  for (const [v, vacancyId] of vacancies.entries()) {
    for (let a = 0; a < 2 + (v % 3); a++) {
      const state = states[(v + a) % states.length]!;
      await db.application.create({
        data: {
          apprenticeshipId: vacancyId,
          email: `insight-${v}-${a}-${vacancyId.slice(-6)}@example.test`,
          state,
          submittedAt: state === "draft" ? null : on(6, 5 + a + v),
        },
      });
    }
  }

  // Mentoring: Birmingham's firms ask for mentors (three finish, with a check
  // after); Wolverhampton's ask too, two of them in July; Dudley's only book
  // seats on an offer, so their share accepted is "none".
  const mentor = await seedMentor();
  const finished = new Set<string>();
  for (const [i, firm] of inArea("birmingham").entries()) {
    const completed = i % 3 === 0 || i === 1;
    const state = completed ? "completed" : i % 2 ? "accepted" : "pending";
    if (completed) finished.add(firm.organisationId);
    await db.mentoringRequest.create({
      data: {
        mentorId: mentor.profileId,
        smeOrgId: firm.organisationId,
        requestedById: firm.id,
        goals: "We would like help with our customer records.",
        preferredFormat: "online",
        state,
        createdAt: on(5, 10 + i),
        answeredAt: state === "pending" ? null : on(5, 12 + i),
        endedAt: completed ? on(5, 25) : null,
        baselineCheckId: baselines.get(firm.organisationId) ?? null,
      },
    });
  }
  for (const [i, firm] of inArea("wolverhampton").entries()) {
    await db.mentoringRequest.create({
      data: {
        mentorId: mentor.profileId,
        smeOrgId: firm.organisationId,
        requestedById: firm.id,
        goals: "We would like help with our cyber security.",
        preferredFormat: "online",
        state: i % 2 ? "declined" : "accepted",
        createdAt: i < 2 ? on(7, 6 + i) : on(6, 20 + i),
        answeredAt: on(7, 20),
      },
    });
  }
  const offer = await db.offer.create({
    data: {
      organisationId: mentor.organisationId,
      createdById: mentor.id,
      title: "Insight clinic",
      description: "Tidy your spreadsheets.",
      kind: "clinic",
      dimensions: "data",
      schedule: "on-demand",
      format: "online",
      seats: 50,
    },
    select: { id: true },
  });
  for (const [i, firm] of inArea("dudley").entries()) {
    await db.offerBooking.create({
      data: {
        offerId: offer.id,
        smeOrgId: firm.organisationId,
        bookedById: firm.id,
        seats: 1 + (i % 2),
        state: i === 6 ? "cancelled" : "booked",
        createdAt: on(6, 8 + i),
      },
    });
  }
  return { finished };
}

// ---------------------------------------------------------------------------
// Working the tables out from the database, in plain code

const inWindow = { gte: START, lt: END };
const laOrder = (la: string | null) => localAuthorities.findIndex((item) => item.id === la);
const laName = (la: string | null) =>
  localAuthorities.find((item) => item.id === la)?.name ?? "Not given";
const monthOf = (date: Date) => date.toISOString().slice(0, 7);
const sum = (values: number[]) => values.reduce((all, v) => all + v, 0);
const percent = (part: number, whole: number) => (whole ? (part / whole) * 100 : null);
function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Items grouped by area, in the reference data's order. */
function byArea<T>(items: T[], areaOf: (item: T) => string | null): [string | null, T[]][] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) groups.set(areaOf(item), [...(groups.get(areaOf(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => laOrder(a) - laOrder(b));
}

/** Group rows and a Total row over everything, as every breakdown table has. */
function rowsOf<T>(
  items: T[],
  areaOf: (item: T) => string | null,
  row: (items: T[]) => {
    orgs: number;
    cells: (number | null)[];
    cellOrgs?: (number | undefined)[];
  },
): InsightTable["rows"] {
  const groups = byArea(items, areaOf).map(([la, group]) => ({ label: laName(la), ...row(group) }));
  return groups.length ? [...groups, { label: "Total", total: true, ...row(items) }] : [];
}

const distinct = <T>(items: T[], key: (item: T) => string | null | undefined) =>
  new Set(items.map(key)).size;

function table(
  title: string,
  orgColumn: string | undefined,
  columns: [string, ColumnFormat?][],
  rows: InsightTable["rows"],
  firstColumn = "Local authority",
): InsightTable {
  return {
    id: title,
    title,
    description: "",
    firstColumn,
    orgColumn,
    columns: columns.map(([label, format]) => ({ label, format })),
    rows,
    chartColumn: 0,
  };
}

async function expectedTables(db: Db, now: Date): Promise<InsightTable[]> {
  const checks = await db.readinessCheck.findMany({
    where: { status: "submitted", submittedAt: inWindow, organisation: { kind: "sme" } },
    select: {
      organisationId: true,
      submittedAt: true,
      band: true,
      overall: true,
      scoreStrategy: true,
      scoreReadiness: true,
      scoreWorkforce: true,
      scoreData: true,
      scoreAutomation: true,
      scoreCyber: true,
      organisation: { select: { localAuthority: true } },
    },
  });
  // Each firm once, by its latest check in the dates.
  const latest = [
    ...new Map(
      [...checks]
        .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime())
        .map((c) => [c.organisationId, c]),
    ).values(),
  ];
  const areaOfCheck = (c: (typeof checks)[number]) => c.organisation.localAuthority;
  const readiness = table(
    "Readiness checks by local authority",
    "Firms",
    [
      ["Checks completed"],
      ["Starting"],
      ["Developing"],
      ["Established"],
      ["Leading"],
      ["Hidden middle"],
      ["Hidden middle (% of firms)", "percent"],
    ],
    rowsOf(latest, areaOfCheck, (firms) => {
      const theirs = new Set(firms.map((f) => f.organisationId));
      const band = (name: string) => firms.filter((f) => f.band === name).length;
      const hidden = firms.filter((f) => f.scoreWorkforce !== null && f.scoreWorkforce < 50).length;
      return {
        orgs: firms.length,
        cells: [
          // Every check counts here, not only each firm's latest.
          checks.filter((c) => theirs.has(c.organisationId)).length,
          band("Starting"),
          band("Developing"),
          band("Established"),
          band("Leading"),
          hidden,
          percent(hidden, firms.length),
        ],
      };
    }),
  );
  const scores = table(
    "Median scores by local authority",
    "Firms",
    [
      ["Overall", "score"],
      ["Digital strategy and leadership", "score"],
      ["Digital readiness", "score"],
      ["Workforce digital skills", "score"],
      ["Data management", "score"],
      ["Automation and AI", "score"],
      ["Cyber security", "score"],
    ],
    rowsOf(latest, areaOfCheck, (firms) => ({
      orgs: firms.length,
      cells: scoreColumns.map((column) =>
        median(firms.flatMap((f) => (f[column] === null ? [] : [f[column]]))),
      ),
    })),
  );

  const vacancies = await db.apprenticeship.findMany({
    where: { firstPublishedAt: inWindow },
    select: {
      organisationId: true,
      state: true,
      closingDate: true,
      positions: true,
      firstPublishedAt: true,
      organisation: { select: { localAuthority: true, verificationStatus: true } },
    },
  });
  const placements = await db.placement.findMany({
    where: { firstPublishedAt: inWindow },
    select: {
      organisationId: true,
      state: true,
      startDate: true,
      places: true,
      firstPublishedAt: true,
      organisation: { select: { localAuthority: true, verificationStatus: true } },
      requests: { select: { places: true, placesAccepted: true, state: true } },
    },
  });
  // Live now: marked live, its organisation checked, and its day not come (opportunities/live.server.ts).
  const today = startOfUkToday(now);
  const postings = [
    ...vacancies.map((v) => ({
      kind: "a" as const,
      org: v.organisationId,
      la: v.organisation.localAuthority,
      live:
        v.state === "live" &&
        v.organisation.verificationStatus === "verified" &&
        v.closingDate >= today,
      offered: v.positions,
      requested: 0,
      accepted: 0,
    })),
    ...placements.map((p) => ({
      kind: "p" as const,
      org: p.organisationId,
      la: p.organisation?.localAuthority ?? null,
      live:
        p.state === "live" &&
        p.organisation?.verificationStatus === "verified" &&
        p.startDate > today,
      offered: p.places,
      requested: sum(p.requests.map((r) => r.places)),
      accepted: sum(
        p.requests.filter((r) => r.state === "accepted").map((r) => r.placesAccepted ?? 0),
      ),
    })),
  ];
  const opportunities = table(
    "Apprenticeships and placements by local authority",
    "Organisations posting",
    [
      ["Apprenticeships posted"],
      ["Apprenticeships live"],
      ["Apprentice positions"],
      ["Placements posted"],
      ["Placements live"],
      ["Places offered"],
      ["Places requested"],
      ["Places accepted"],
    ],
    rowsOf(
      postings,
      (p) => p.la,
      (group) => {
        const a = group.filter((p) => p.kind === "a");
        const p = group.filter((x) => x.kind === "p");
        return {
          orgs: distinct(group, (x) => x.org),
          cells: [
            a.length,
            a.filter((x) => x.live).length,
            sum(a.map((x) => x.offered)),
            p.length,
            p.filter((x) => x.live).length,
            sum(p.map((x) => x.offered)),
            sum(group.map((x) => x.requested)),
            sum(group.map((x) => x.accepted)),
          ],
        };
      },
    ),
  );

  const applications = await db.application.findMany({
    where: { state: { not: "draft" }, submittedAt: inWindow },
    select: {
      state: true,
      apprenticeshipId: true,
      apprenticeship: {
        select: { organisationId: true, organisation: { select: { localAuthority: true } } },
      },
    },
  });
  const applicationsTable = table(
    "Applications and hires by local authority",
    "Employers with applications",
    [
      ["Vacancies with applications"],
      ["Applications"],
      ["Offered or hired"],
      ["Hired"],
      ["Hired (% of applications)", "percent"],
    ],
    rowsOf(
      applications,
      (x) => x.apprenticeship.organisation.localAuthority,
      (group) => {
        const hired = group.filter((x) => x.state === "hired").length;
        return {
          orgs: distinct(group, (x) => x.apprenticeship.organisationId),
          cells: [
            distinct(group, (x) => x.apprenticeshipId),
            group.length,
            group.filter((x) => x.state === "offered" || x.state === "hired").length,
            hired,
            percent(hired, group.length),
          ],
        };
      },
    ),
  );

  const requests = await db.mentoringRequest.findMany({
    where: { createdAt: inWindow, sme: { kind: "sme" } },
    select: {
      smeOrgId: true,
      state: true,
      createdAt: true,
      answeredAt: true,
      endedAt: true,
      baselineCheckId: true,
      sme: { select: { localAuthority: true } },
    },
  });
  const bookings = await db.offerBooking.findMany({
    where: { state: "booked", createdAt: inWindow, sme: { kind: "sme" } },
    select: { smeOrgId: true, seats: true, sme: { select: { localAuthority: true } } },
  });
  // The change after mentoring: the latest check after it ended, minus the one before.
  const changes = new Map<(typeof requests)[number], number>();
  for (const r of requests.filter((x) => x.state === "completed" && x.endedAt)) {
    const theirs = await db.readinessCheck.findMany({
      where: { organisationId: r.smeOrgId!, status: "submitted" },
      select: { id: true, overall: true, submittedAt: true },
      orderBy: { submittedAt: "asc" },
    });
    const after = theirs.filter((c) => c.submittedAt! > r.endedAt!).at(-1);
    const before =
      theirs.find((c) => c.id === r.baselineCheckId) ??
      theirs.filter((c) => r.answeredAt && c.submittedAt! <= r.answeredAt).at(-1);
    if (after?.overall != null && before?.overall != null)
      changes.set(r, after.overall - before.overall);
  }
  const activity = [
    ...requests.map((r) => ({ org: r.smeOrgId, la: r.sme!.localAuthority, request: r, seats: 0 })),
    ...bookings.map((b) => ({
      org: b.smeOrgId,
      la: b.sme!.localAuthority,
      request: null,
      seats: b.seats,
    })),
  ];
  const mentoring = table(
    "Mentoring by local authority",
    "Firms",
    [
      ["Requests"],
      ["Accepted (% of requests)", "percent"],
      ["Active now"],
      ["Completed"],
      ["Average change in overall score", "change"],
      ["Seats booked on offers"],
    ],
    rowsOf(
      activity,
      (x) => x.la,
      (group) => {
        const asked = group.flatMap((x) => (x.request ? [x.request] : []));
        const changed = asked.filter((r) => changes.has(r));
        const average = changed.length
          ? Math.round((sum(changed.map((r) => changes.get(r)!)) / changed.length) * 10) / 10
          : null;
        return {
          orgs: distinct(group, (x) => x.org),
          cells: [
            asked.length,
            percent(
              asked.filter((r) => r.state === "accepted" || r.state === "completed").length,
              asked.length,
            ),
            asked.filter((r) => r.state === "accepted").length,
            asked.filter((r) => r.state === "completed").length,
            average,
            sum(group.map((x) => x.seats)),
          ],
          // Only the change has its own organisations: those with a check before and after.
          cellOrgs: [
            undefined,
            undefined,
            undefined,
            undefined,
            distinct(changed, (r) => r.smeOrgId),
          ],
        };
      },
    ),
  );

  // Month by month: each cell hidden on the organisations behind it.
  const placementRequests = await db.placementRequest.findMany({
    where: { createdAt: inWindow },
    select: { createdAt: true, placement: { select: { organisationId: true } } },
  });
  const trendCell = <T>(
    items: T[],
    when: (x: T) => Date,
    org: (x: T) => string | null,
    month: string,
  ) => {
    const inMonth = items.filter((x) => monthOf(when(x)) === month);
    return { count: inMonth.length, orgs: distinct(inMonth, org) };
  };
  const postingDates = [
    ...vacancies.map((v) => ({ at: v.firstPublishedAt!, org: v.organisationId })),
    ...placements.map((p) => ({ at: p.firstPublishedAt!, org: p.organisationId })),
  ];
  const trends = table(
    "Month by month",
    undefined,
    [["Checks completed"], ["Postings"], ["Placement requests"], ["Mentoring requests"]],
    MONTHS.map((month) => {
      const cells = [
        trendCell(
          checks,
          (c) => c.submittedAt!,
          (c) => c.organisationId,
          month,
        ),
        trendCell(
          postingDates,
          (p) => p.at,
          (p) => p.org,
          month,
        ),
        trendCell(
          placementRequests,
          (r) => r.createdAt,
          (r) => r.placement.organisationId,
          month,
        ),
        trendCell(
          requests,
          (r) => r.createdAt,
          (r) => r.smeOrgId,
          month,
        ),
      ];
      return {
        label: formatMonth(month),
        orgs: null,
        cells: cells.map((c) => c.count),
        cellOrgs: cells.map((c) => c.orgs),
      };
    }),
    "Month",
  );
  return [readiness, scores, opportunities, applicationsTable, mentoring, trends];
}

// ---------------------------------------------------------------------------

test("every insight table shows what the database holds, hidden and none cells included", async ({
  page,
  db,
}) => {
  test.slow(); // Some sixty rows made one by one, then six tables read.
  await seed(db);
  const staff = await createUser("staff");
  await page.setViewportSize({ width: 1280, height: 900 });
  await startSession(page, staff.email);
  await page.goto(`/staff/insights?from=${FROM}&to=${TO}`);
  await expect(page.getByRole("heading", { level: 1, name: "Regional insight" })).toBeVisible();

  const expected = await expectedTables(db, new Date());
  for (const want of expected) {
    const shown = page.getByRole("table", { name: want.title, exact: true });
    const cells = await shown.evaluate((el) => ({
      head: [...el.querySelectorAll("thead th")].map((th) =>
        (th.textContent ?? "").replace(/\u00AD/g, "").trim(),
      ),
      rows: [...el.querySelectorAll("tbody tr")].map((tr) =>
        [...tr.children].map((cell) => (cell.textContent ?? "").trim()),
      ),
    }));
    const presented = presentTable(want);
    // Soft: a wrong table does not stop the others being compared.
    expect.soft(cells.head, `${want.title}: headings`).toEqual(presented.head);
    expect
      .soft(cells.rows, `${want.title}: every cell`)
      .toEqual(presented.rows.map((row) => [row.label, ...row.texts.map(markHidden)]));
  }

  // Cells made on purpose, named here so the rule above cannot hide a wrong table:
  // Sandwell's 2 firms are hidden whole, and Dudley's firms only booked seats,
  // so their share of requests accepted is "none" (and no change in score).
  const row = (title: string, label: string) =>
    page
      .getByRole("table", { name: title, exact: true })
      .getByRole("row", { name: label, exact: false });
  const readiness = row("Readiness checks by local authority", "Sandwell");
  await expect(readiness.getByRole("cell")).toHaveText(Array(8).fill("[c]"));
  const dudley = row("Mentoring by local authority", "Dudley");
  // 6 firms: the seventh's booking was cancelled.
  await expect(dudley.getByRole("cell")).toHaveText(["6", "0", "none", "0", "0", "none", "9"]);
  await expectNoA11yViolations(page, "insight tables with data, hidden and none cells");
});

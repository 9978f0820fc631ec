import { beforeAll, describe, expect, it } from "vitest";
import { mentor } from "../../tests/mentoring-data";
import { prisma } from "~/db.server";
import { lowScoresBy } from "~/mentoring/insight.server";
import { bandFor } from "~/readiness/dimensions";
import { addDays, type IsoDate } from "~/time/uk-time";
import { lastCompleteWeekEnd, steppedDates, suppressGroups, weekStart } from "./disclosure";
import { exportInsightTable } from "./export.server";
import { parseInsightView } from "./filter-schema";
import { filtersToSearch, type InsightFilters } from "./filters";
import { buildInsightTables, insightTableIds } from "./insights.server";
import { HIDDEN_TOO, presentTable, SUPPRESSED, type InsightTable } from "./table";

describe("suppressGroups", () => {
  it("hides nothing when every group is big enough, or empty", () => {
    expect(suppressGroups([5, 9, 0, 12])).toEqual({
      primary: new Set(),
      secondary: new Set(),
      total: false,
    });
  });

  it("hides a small group and the smallest other, so the total minus the rest is two groups", () => {
    expect(suppressGroups([6, 3, 8, 5])).toMatchObject({
      primary: new Set([1]),
      secondary: new Set([3]),
    });
  });

  it("hides more until the hidden groups hold at least 5 organisations together", () => {
    // 1 + 2 = 3 would still be a small group: the smallest shown one (6) goes too.
    expect(suppressGroups([1, 2, 6, 9])).toMatchObject({
      primary: new Set([0, 1]),
      secondary: new Set([2]),
    });
    // 2 + 3 = 5 is enough, and already two groups.
    expect(suppressGroups([2, 3, 6])).toMatchObject({
      primary: new Set([0, 1]),
      secondary: new Set(),
    });
  });

  it("hides the total when it is itself a small group", () => {
    expect(suppressGroups([1, 2])).toMatchObject({ total: true });
    expect(suppressGroups([4])).toMatchObject({ total: true });
  });
});

describe("date steps", () => {
  const now = new Date("2026-10-15T12:00:00Z"); // a Thursday
  it("moves to whole weeks, Monday to Sunday, and never into the week still going on", () => {
    expect(weekStart("2026-09-23")).toBe("2026-09-21");
    expect(weekStart("2026-09-21")).toBe("2026-09-21");
    expect(weekStart("2026-09-27")).toBe("2026-09-21");
    expect(lastCompleteWeekEnd(now)).toBe("2026-10-11");
    expect(steppedDates({ from: "2026-09-02", to: "2026-09-22" }, now)).toEqual({
      from: "2026-08-31",
      to: "2026-09-27",
    });
    expect(steppedDates({}, now)).toEqual({ to: "2026-10-11" });
    expect(steppedDates({ to: "2026-10-14" }, now)).toEqual({ to: "2026-10-11" });
    expect(steppedDates({ from: "2026-10-13" }, now)).toEqual({
      from: "2026-10-05",
      to: "2026-10-11",
    });
  });
});

// ---------------------------------------------------------------------------
// The two attacks from issue 13, run over every table and CSV on a seeded
// database with small groups. Coventry 6 firms, Dudley 5, Walsall 4, Solihull 2,
// Wolverhampton 1; sectors C 12, G 4, J 2; sizes micro 9, small 8, medium 1.

const NOW = new Date("2026-10-15T12:00:00Z");
const noon = (day: IsoDate) => new Date(`${day}T12:00:00Z`);
const areas = [
  ...Array<string>(6).fill("coventry"),
  ...Array<string>(5).fill("dudley"),
  ...Array<string>(4).fill("walsall"),
  ...Array<string>(2).fill("solihull"),
  "wolverhampton",
];
const MOVE_DAY = "2026-09-23"; // a Wednesday: one Dudley firm moves from Developing to Established

async function seed() {
  const board = await mentor(40);
  for (const [i, localAuthority] of areas.entries()) {
    const org = await prisma.organisation.create({
      data: {
        name: `Firm ${i}`,
        kind: "sme",
        localAuthority,
        sector: i < 12 ? "C" : i < 16 ? "G" : "J",
        sizeBand: i % 2 === 0 && i < 18 ? "micro" : i < 16 ? "small" : "medium",
        verificationStatus: "verified",
      },
      select: { id: true },
    });
    const moves = localAuthority === "dudley" && i === 6;
    const overall = moves ? 40 : 15 + ((i * 17) % 80);
    const checks = [{ overall, day: "2026-09-10", latest: !moves }];
    if (moves) checks.push({ overall: 60, day: MOVE_DAY, latest: true });
    for (const check of checks) {
      await prisma.readinessCheck.create({
        data: {
          organisationId: org.id,
          bankVersion: "test",
          status: "submitted",
          isLatest: check.latest,
          overall: check.overall,
          band: bandFor(check.overall),
          scoreStrategy: check.overall,
          scoreReadiness: check.overall,
          scoreWorkforce: (check.overall + i * 7) % 100,
          scoreData: check.overall,
          scoreAutomation: check.overall,
          scoreCyber: check.overall,
          submittedAt: noon(check.day),
        },
      });
    }
    if (i % 3 !== 2) {
      await prisma.placement.create({
        data: {
          organisationId: org.id,
          state: "live",
          title: "Office week",
          description: "A week in the office",
          sector: "C",
          dateMode: "fixed",
          startDate: new Date("2099-07-01T00:00:00Z"),
          endDate: new Date("2099-07-05T00:00:00Z"),
          yearGroups: "10",
          places: 2 + (i % 4),
          format: "in-person",
          firstPublishedAt: noon(i % 2 ? "2026-09-05" : "2026-09-16"),
        },
      });
    }
    if (i % 3 !== 1) {
      // Applications (issue 12): counted by the employer they went to, never the applicant.
      await prisma.apprenticeship.create({
        data: {
          organisationId: org.id,
          state: "live",
          title: "Office apprentice",
          shortDescription: "Learn office work.",
          fullDescription: "You will learn office work.",
          standard: "Business administrator",
          level: 3,
          route: "business",
          positions: 1,
          weeklyHours: 30,
          durationMonths: 12,
          wageType: "apprentice-minimum",
          startDate: new Date("2099-09-01T00:00:00Z"),
          closingDate: new Date("2099-08-01T00:00:00Z"),
          postcode: "B1 1AA",
          localAuthority,
          trainingProvider: "A provider",
          skillsWanted: "Care",
          applyMethod: "portal",
          firstPublishedAt: noon("2026-09-01"),
          applications: {
            create: Array.from({ length: 1 + (i % 4) }, (_, n) => ({
              email: `applicant-${i}-${n}@attack.test`,
              state: n === 0 && i % 2 === 0 ? ("hired" as const) : ("new" as const),
              submittedAt: noon(n % 2 ? "2026-09-09" : MOVE_DAY),
            })),
          },
        },
      });
    }
    if (i % 2 === 0) {
      await prisma.mentoringRequest.create({
        data: {
          mentorId: board.profileId,
          smeOrgId: org.id,
          goals: "Use our data better",
          preferredFormat: "online",
          state: i % 4 === 0 ? "accepted" : "pending",
          createdAt: noon(i % 3 ? "2026-09-08" : "2026-09-24"),
          answeredAt: i % 4 === 0 ? noon("2026-09-25") : null,
        },
      });
    }
  }
}

type Matrix = string[][];
const isHidden = (text: string) => text === SUPPRESSED || text === HIDDEN_TOO;
const numberIn = (text: string) => (/^-?\d+(\.\d+)?%?$/.test(text) ? parseFloat(text) : null);

/** Total minus the shown groups, in every count column where exactly one group is hidden. */
function subtractionAttack(
  table: InsightTable,
  matrix: Matrix,
): { row: string; column: string; value: number }[] {
  // Counts add up; medians, averages and percentages do not (a percentage needs its counts).
  const counts = new Set([
    ...(table.orgColumn ? [table.orgColumn] : []),
    ...table.columns.filter((c) => (c.format ?? "count") === "count").map((c) => c.label),
  ]);
  const [head, ...rows] = matrix;
  const total = rows.find((row) => row[0] === "Total");
  const groups = rows.filter((row) => row[0] !== "Total");
  if (!head || !total) return [];
  const found: { row: string; column: string; value: number }[] = [];
  head.forEach((column, c) => {
    if (c === 0 || !counts.has(column)) return;
    const totalValue = numberIn(total[c] ?? "");
    const hidden = groups.filter((row) => isHidden(row[c] ?? ""));
    if (totalValue === null || hidden.length !== 1) return;
    const shown = groups.reduce((sum, row) => sum + (numberIn(row[c] ?? "") ?? 0), 0);
    found.push({ row: hidden[0]![0]!, column, value: totalValue - shown });
  });
  return found;
}

/** What the tables looked like before issue 13: small groups hidden, nothing else. */
function primaryOnly(table: InsightTable): Matrix {
  const shown = (orgs: number) => orgs === 0 || orgs >= 5;
  return [
    [
      table.firstColumn,
      ...(table.orgColumn ? [table.orgColumn] : []),
      ...table.columns.map((c) => c.label),
    ],
    ...table.rows.map((row) => {
      const rowShown = row.orgs === null || shown(row.orgs);
      return [
        row.label,
        ...(table.orgColumn ? [rowShown ? String(row.orgs) : SUPPRESSED] : []),
        ...row.cells.map((value, i) =>
          rowShown && shown(row.cellOrgs?.[i] ?? row.orgs ?? 0)
            ? String(value ?? "none")
            : SUPPRESSED,
        ),
      ];
    }),
  ];
}

/** For every column: the organisations behind its hidden group cells, from the unsuppressed table. */
function hiddenGroupsByColumn(table: InsightTable, matrix: Matrix) {
  const offset = table.orgColumn ? 2 : 1;
  return table.columns.map((column, i) => {
    // A hidden cell built from no organisations (its row hidden whole) holds nothing to find.
    const orgs = table.rows.flatMap((row, r) => {
      const cellOrgs = row.cellOrgs?.[i] ?? row.orgs ?? 0;
      return !row.total && cellOrgs > 0 && isHidden(matrix[r + 1]?.[i + offset] ?? "")
        ? [cellOrgs]
        : [];
    });
    const groups = table.rows.filter(
      (row) => !row.total && (row.cellOrgs?.[i] ?? row.orgs ?? 0) > 0,
    );
    const totalRow = table.rows.findIndex((row) => row.total);
    return {
      column: column.label,
      cells: orgs.length,
      orgs: orgs.reduce((a, b) => a + b, 0),
      everyGroup: orgs.length === groups.length,
      totalHidden: totalRow === -1 || isHidden(matrix[totalRow + 1]?.[i + offset] ?? ""),
    };
  });
}

function parseCsv(text: string): Matrix {
  const rows: Matrix = [];
  for (const line of text.trimEnd().split("\r\n")) {
    const cells: string[] = [];
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const cell = match[1] ?? "";
      cells.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
      if (match[2] === "") break;
    }
    rows.push(cells);
  }
  return rows;
}

const view = (query: string) => parseInsightView(new URLSearchParams(query), NOW).filters;
const staff = { id: "staff-attack", email: "staff-attack@test.example" };
const breakdownsToTry = ["la", "sector", "size"] as const;
const filterSets = ["", "la=coventry", "la=dudley", "sector=C", "size=micro"];

describe("disclosure control against the two attacks", () => {
  beforeAll(seed);

  it("total minus the shown groups recovers nothing, on any page table or CSV", async () => {
    let recoveredBefore = 0;
    let tablesChecked = 0;
    for (const by of breakdownsToTry) {
      for (const extra of filterSets) {
        const filters = view(`by=${by}&${extra}`);
        const tables = await buildInsightTables(filters, NOW);
        for (const table of tables) {
          const onPage = [
            presentTable(table).head,
            ...presentTable(table).rows.map((r) => [r.label, ...r.texts]),
          ];
          const result = await exportInsightTable(staff, table.id, filters);
          if (result.status !== "done") throw new Error(`no CSV for ${table.id}`);
          // After its heading lines (title, filters, when made, a blank row): the table.
          const csv = parseCsv(result.value.csv).slice(4);
          expect(csv, `${table.id} ${filtersToSearch(filters)}: CSV and page`).toEqual(onPage);
          for (const [name, matrix] of [
            ["page", onPage],
            ["CSV", csv],
          ] as const) {
            const where = `${name} ${table.id} ${filtersToSearch(filters)}`;
            expect(subtractionAttack(table, matrix), where).toEqual([]);
            // Every column may add up to a total seen elsewhere (the trends add up to the
            // other tables' totals): its hidden cells are none, or several holding 5 or more.
            for (const hidden of hiddenGroupsByColumn(table, matrix)) {
              if (hidden.cells === 0) continue;
              // Fewer than 5 organisations in all: the total is a small group, hidden too.
              if (hidden.everyGroup && hidden.orgs < 5) {
                expect(hidden.totalHidden, `${where} ${hidden.column} total`).toBe(true);
                continue;
              }
              expect(hidden.cells, `${where} ${hidden.column}`).toBeGreaterThanOrEqual(2);
              expect(hidden.orgs, `${where} ${hidden.column}`).toBeGreaterThanOrEqual(5);
            }
          }
          // The same attack on the old presentation does recover hidden values, exactly.
          for (const hit of subtractionAttack(table, primaryOnly(table))) {
            const row = table.rows.find((r) => r.label === hit.row)!;
            const c = table.columns.findIndex((col) => col.label === hit.column);
            const truth = c === -1 ? row.orgs : row.cells[c];
            expect(hit.value, `${table.id} ${hit.row} ${hit.column}`).toBe(truth);
            recoveredBefore++;
          }
          tablesChecked++;
        }
      }
    }
    expect(tablesChecked).toBe(breakdownsToTry.length * filterSets.length * insightTableIds.length);
    // The seed has small groups the old tables gave away: the attack is real.
    expect(recoveredBefore).toBeGreaterThan(10);
  }, 120_000);

  it("two views a day apart are the same view, for every table and either date", async () => {
    const matrices = async (filters: InsightFilters) =>
      (await buildInsightTables(filters, NOW)).map((table) => {
        const presented = presentTable(table);
        return [presented.head, ...presented.rows.map((r) => [r.label, ...r.texts])];
      });
    // Without the steps, the views of 22 and 23 September differ: one firm's move shows.
    const before = await matrices({ by: "la", from: "2026-09-01", to: "2026-09-22" });
    const after = await matrices({ by: "la", from: "2026-09-01", to: MOVE_DAY });
    expect(after).not.toEqual(before);

    let pairs = 0;
    for (const by of breakdownsToTry) {
      // Three weeks around the move, each day against the next.
      for (let day: IsoDate = "2026-09-14"; day < "2026-10-04"; day = addDays(day, 1)) {
        const next = addDays(day, 1);
        if (weekStart(day) !== weekStart(next)) continue; // a new week: a whole week apart
        expect(await matrices(view(`by=${by}&from=2026-09-01&to=${next}`)), `to ${day}`).toEqual(
          await matrices(view(`by=${by}&from=2026-09-01&to=${day}`)),
        );
        expect(await matrices(view(`by=${by}&from=${next}&to=2026-10-11`)), `from ${day}`).toEqual(
          await matrices(view(`by=${by}&from=${day}&to=2026-10-11`)),
        );
        pairs++;
      }
    }
    expect(pairs).toBe(breakdownsToTry.length * 3 * 6);
    // Without an end date, a view runs to the last complete week: the same all week long.
    expect(await matrices(view("by=la"))).toEqual(
      await matrices(
        parseInsightView(new URLSearchParams("by=la"), new Date("2026-10-18T20:00:00Z")).filters,
      ),
    );
  }, 180_000);

  it("the board's two tables give nothing away from each other's totals, or from a day's change", async () => {
    const firms = areas.length;
    const byArea = await lowScoresBy("localAuthority", NOW);
    const bySector = await lowScoresBy("sector", NOW);
    for (const rows of [byArea, bySector]) {
      const hidden = rows.filter((r) => r.hidden);
      const shownFirms = rows.reduce((sum, r) => sum + (r.hidden ? 0 : r.total), 0);
      if (hidden.length === 0) continue;
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      // The other table's total minus the shown groups: several groups, 5 firms or more.
      expect(firms - shownFirms).toBeGreaterThanOrEqual(5);
    }
    expect(byArea.filter((r) => r.hidden).map((r) => r.group)).toEqual(
      expect.arrayContaining(["walsall", "solihull", "wolverhampton"]),
    );
    // On the Tuesday and the Wednesday of the move the board is the same.
    expect(await lowScoresBy("localAuthority", noon("2026-09-23"))).toEqual(
      await lowScoresBy("localAuthority", noon("2026-09-22")),
    );
  });
});

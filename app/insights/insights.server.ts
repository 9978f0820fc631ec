import { dimensionNames } from "~/readiness/dimensions";
import { localAuthorities, sectors, sizeBands } from "~/organisations/reference-data";
import { formatMonth } from "~/time/format";
import { breakdowns, trendMonths, type Breakdown, type InsightFilters } from "./filters";
import { applicationsByGroup } from "./applications.server";
import { averageChange, mentoringByGroup } from "./mentoring.server";
import { opportunitiesByGroup } from "./opportunities.server";
import { readinessView, scoreKeys, type ReadinessView } from "./readiness.server";
import type { InsightRow, InsightTable } from "./table";
import { trendsByMonth } from "./trends.server";

// Turns the SQL aggregates into the tables staff see and download. Every table has
// a row per group (ordered as the reference data) and a total row.

export const insightTableIds = [
  "readiness",
  "scores",
  "opportunities",
  "applications",
  "mentoring",
  "trends",
] as const;
export type InsightTableId = (typeof insightTableIds)[number];
export function isInsightTableId(value: string): value is InsightTableId {
  return (insightTableIds as readonly string[]).includes(value);
}

const referenceLists: Record<Breakdown, readonly { id: string; name: string }[]> = {
  la: localAuthorities,
  sector: sectors,
  size: sizeBands,
};

function groupLabel(by: Breakdown, group: string | null) {
  if (!group) return "Not given";
  return referenceLists[by].find((item) => item.id === group)?.name ?? group;
}

function groupOrder(by: Breakdown, group: string | null) {
  const index = referenceLists[by].findIndex((item) => item.id === group);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

function breakdownName(by: Breakdown) {
  return breakdowns.find((b) => b.id === by)!.name;
}

/** Adds up every number of the group rows: each organisation is in exactly one group. */
function totalOf<T extends { group: string | null }>(groups: T[]): T | null {
  if (!groups.length) return null;
  const total = { ...groups[0], group: null } as Record<string, unknown>;
  for (const key of Object.keys(total)) {
    if (typeof total[key] === "number")
      total[key] = groups.reduce(
        (sum, g) => sum + ((g as Record<string, unknown>)[key] as number),
        0,
      );
  }
  return total as T;
}

/** Rows per group (in reference-data order) and a total row. */
function groupedRows<T extends { group: string | null; orgs: number }>(
  by: Breakdown,
  groups: T[],
  toRow: (item: T) => Omit<InsightRow, "label" | "orgs">,
): InsightRow[] {
  const rows = [...groups]
    .sort((a, b) => groupOrder(by, a.group) - groupOrder(by, b.group))
    .map((item) => ({ label: groupLabel(by, item.group), orgs: item.orgs, ...toRow(item) }));
  const total = totalOf(groups);
  return total
    ? [...rows, { label: "Total", orgs: total.orgs, total: true, ...toRow(total) }]
    : rows;
}

/** The page shows two tables built on the same read of the latest checks: read them once per view. */
type Queries = {
  readiness: () => Promise<ReadinessView>;
};
export function queriesFor(filters: InsightFilters): Queries {
  let readiness: Promise<ReadinessView> | undefined;
  return { readiness: () => (readiness ??= readinessView(filters, filters.by)) };
}

const percent = (part: number, whole: number) => (whole ? (part / whole) * 100 : null);

async function readinessTable(filters: InsightFilters, queries: Queries): Promise<InsightTable> {
  const by = breakdownName(filters.by).toLowerCase();
  return {
    id: "readiness",
    title: `Readiness checks by ${by}`,
    description:
      "Checks completed in the dates you chose. Each firm counts once in the bands, by its latest check. " +
      "The hidden middle is firms scoring under 50 for workforce digital skills.",
    firstColumn: breakdownName(filters.by),
    orgColumn: "Firms",
    columns: [
      { label: "Checks completed" },
      { label: "Starting" },
      { label: "Developing" },
      { label: "Established" },
      { label: "Leading" },
      { label: "Hidden middle" },
      { label: "Hidden middle (% of firms)", format: "percent" },
    ],
    chartColumn: 6,
    rows: groupedRows(filters.by, (await queries.readiness()).groups, (g) => ({
      cells: [
        g.checks,
        g.starting,
        g.developing,
        g.established,
        g.leading,
        g.hiddenMiddle,
        percent(g.hiddenMiddle, g.orgs),
      ],
    })),
  };
}

async function scoresTable(filters: InsightFilters, queries: Queries): Promise<InsightTable> {
  const by = breakdownName(filters.by).toLowerCase();
  // The organisation counts come from the same read as the readiness table's, so both tables agree.
  const { groups, medians } = await queries.readiness();
  const counts = groupedRows(filters.by, groups, () => ({ cells: [] }));
  const medianFor = (row: InsightRow) => {
    if (row.total) return medians.find((m) => m.total)?.medians;
    return medians.find((m) => !m.total && groupLabel(filters.by, m.group) === row.label)?.medians;
  };
  return {
    id: "scores",
    title: `Median scores by ${by}`,
    description: "The middle score out of 100 of each firm's latest check in the dates you chose.",
    firstColumn: breakdownName(filters.by),
    orgColumn: "Firms",
    columns: scoreKeys.map((key) => ({
      label: key === "overall" ? "Overall" : dimensionNames[key],
      format: "score" as const,
    })),
    chartColumn: 0,
    rows: counts.map((row) => {
      const m = medianFor(row);
      return { ...row, cells: scoreKeys.map((key) => m?.[key] ?? null) };
    }),
  };
}

async function opportunitiesTable(filters: InsightFilters): Promise<InsightTable> {
  const by = breakdownName(filters.by).toLowerCase();
  return {
    id: "opportunities",
    title: `Apprenticeships and placements by ${by}`,
    description:
      "Postings first published in the dates you chose, by the organisation that posted them. " +
      "Live means open now. Places requested and accepted are on those placements.",
    firstColumn: breakdownName(filters.by),
    orgColumn: "Organisations posting",
    columns: [
      { label: "Apprenticeships posted" },
      { label: "Apprenticeships live" },
      { label: "Apprentice positions" },
      { label: "Placements posted" },
      { label: "Placements live" },
      { label: "Places offered" },
      { label: "Places requested" },
      { label: "Places accepted" },
    ],
    chartColumn: 7,
    rows: groupedRows(filters.by, await opportunitiesByGroup(filters, filters.by), (g) => ({
      cells: [
        g.apprenticeships,
        g.apprenticeshipsLive,
        g.positions,
        g.placements,
        g.placementsLive,
        g.placesOffered,
        g.placesRequested,
        g.placesAccepted,
      ],
    })),
  };
}

async function applicationsTable(filters: InsightFilters): Promise<InsightTable> {
  const by = breakdownName(filters.by).toLowerCase();
  return {
    id: "applications",
    title: `Applications and hires by ${by}`,
    description:
      "Applications sent on SkillsBridge in the dates you chose, by the employer they went to. " +
      "Offered and hired are where those applications stand now. Numbers only: nothing about the people who applied.",
    firstColumn: breakdownName(filters.by),
    orgColumn: "Employers with applications",
    columns: [
      { label: "Vacancies with applications" },
      { label: "Applications" },
      { label: "Offered or hired" },
      { label: "Hired" },
      { label: "Hired (% of applications)", format: "percent" },
    ],
    chartColumn: 3,
    rows: groupedRows(filters.by, await applicationsByGroup(filters, filters.by), (g) => ({
      cells: [g.vacancies, g.applications, g.offered, g.hired, percent(g.hired, g.applications)],
    })),
  };
}

async function mentoringTable(filters: InsightFilters): Promise<InsightTable> {
  const by = breakdownName(filters.by).toLowerCase();
  return {
    id: "mentoring",
    title: `Mentoring by ${by}`,
    description:
      "Mentoring requests made in the dates you chose and seats booked on offers. Change in score is the firm's " +
      "latest check after mentoring ended, minus its check before mentoring.",
    firstColumn: breakdownName(filters.by),
    orgColumn: "Firms",
    columns: [
      { label: "Requests" },
      { label: "Accepted (% of requests)", format: "percent" },
      { label: "Active now" },
      { label: "Completed" },
      { label: "Average change in overall score", format: "change" },
      { label: "Seats booked on offers" },
    ],
    chartColumn: 0,
    rows: groupedRows(filters.by, await mentoringByGroup(filters, filters.by), (g) => ({
      cells: [
        g.requests,
        percent(g.accepted, g.requests),
        g.active,
        g.completed,
        averageChange(g),
        g.seats,
      ],
      cellOrgs: [undefined, undefined, undefined, undefined, g.changeOrgs, undefined],
    })),
  };
}

async function trendsTable(filters: InsightFilters, now: Date): Promise<InsightTable> {
  const months = await trendsByMonth(filters, trendMonths(filters, now));
  return {
    id: "trends",
    title: "Month by month",
    description:
      "Checks completed, postings first published, placement requests and mentoring requests in each month.",
    firstColumn: "Month",
    columns: [
      { label: "Checks completed" },
      { label: "Postings" },
      { label: "Placement requests" },
      { label: "Mentoring requests" },
    ],
    chartColumn: 0,
    rows: months.map((m) => ({
      label: formatMonth(m.month),
      // Each month's counts come from different organisations, so each cell is checked on its own.
      orgs: null,
      cells: [m.checks.count, m.postings.count, m.requests.count, m.mentoring.count],
      cellOrgs: [m.checks.orgs, m.postings.orgs, m.requests.orgs, m.mentoring.orgs],
    })),
  };
}

export function buildInsightTable(
  id: InsightTableId,
  filters: InsightFilters,
  now = new Date(),
  queries = queriesFor(filters),
): Promise<InsightTable> {
  switch (id) {
    case "readiness":
      return readinessTable(filters, queries);
    case "scores":
      return scoresTable(filters, queries);
    case "opportunities":
      return opportunitiesTable(filters);
    case "applications":
      return applicationsTable(filters);
    case "mentoring":
      return mentoringTable(filters);
    case "trends":
      return trendsTable(filters, now);
  }
}

export function buildInsightTables(filters: InsightFilters, now = new Date()) {
  const queries = queriesFor(filters);
  return Promise.all(insightTableIds.map((id) => buildInsightTable(id, filters, now, queries)));
}

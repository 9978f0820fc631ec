// Finding live postings: keywords through the FTS5 indexes (ranked), filters
// through Prisma, combined. Only live postings that have not passed their
// closing date are ever listed, whether or not the closing job has run.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { dayToDate, startOfUkToday } from "~/time/uk-time";
import { liveApprenticeshipWhere, livePlacementWhere } from "./postings.server";
import { ftsQuery, PAGE_SIZE, type ApprenticeshipFilters, type PlacementFilters } from "./search";

// Dates are stored as ISO text with "+00:00"; compare like with like.
const sqlDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** A list select: the posting's own columns, plus its organisation's name. */
type ListSelect = {
  readonly [column: string]: true | { readonly select: { readonly name: true } };
};

/**
 * Keyword searches run as one SQL query over the FTS5 index joined to the
 * postings, with every filter in the same WHERE, so SQLite does the ranking,
 * filtering, counting and paging, and returns the shown rows' columns (the
 * same ones the list's Prisma select names) with no second read: each Prisma
 * query costs about a millisecond of engine time (docs/performance.md).
 */
async function rankedPage<Row>(options: {
  table: "Apprenticeship" | "Placement";
  select: ListSelect;
  match: string;
  conditions: Prisma.Sql[];
  /** Columns of the posting (`t.`), or the FTS5 rank. */
  orderBy: Prisma.Sql | "rank";
  skip: number;
}) {
  const search = Prisma.raw(`"${options.table}Search"`);
  const table = Prisma.raw(`"${options.table}"`);
  const where = Prisma.join(
    [Prisma.sql`${search} MATCH ${options.match}`, ...options.conditions],
    " AND ",
  );
  const columns = Object.keys(options.select).filter((key) => key !== "organisation");
  const shown = Prisma.raw(columns.map((column) => `t."${column}"`).join(", "));
  // The id breaks ties, so a page never depends on how SQLite happens to sort.
  const rank = options.orderBy === "rank";
  const innerOrder = rank ? Prisma.sql`score, t.id` : Prisma.sql`${options.orderBy}, t.id`;
  const outerOrder = rank ? Prisma.sql`p.score, t.id` : Prisma.sql`${options.orderBy}, t.id`;
  // The inner query pages row ids (COUNT(*) OVER () gives the total in the same
  // pass); only the page's rows are then read whole, so a broad keyword does not
  // sort hundreds of full rows.
  const rows = await prisma.$queryRaw<
    ({ organisationName: string; total: number | bigint } & Record<string, unknown>)[]
  >`
    SELECT ${shown}, o.name AS organisationName, p.total FROM (
      SELECT t.rowid AS rid, ${rank ? Prisma.sql`rank` : Prisma.sql`NULL`} AS score, COUNT(*) OVER () AS total
      FROM ${search} s JOIN ${table} t ON t.rowid = s.rowid WHERE ${where}
      ORDER BY ${innerOrder} LIMIT ${PAGE_SIZE} OFFSET ${options.skip}
    ) p JOIN ${table} t ON t.rowid = p.rid JOIN "Organisation" o ON o.id = t.organisationId
    ORDER BY ${outerOrder}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && options.skip > 0) {
    // Past the last page there is no row to carry the total: count on its own.
    const [counted] = await prisma.$queryRaw<{ total: number | bigint }[]>`
      SELECT COUNT(*) AS total FROM ${search} s JOIN ${table} t ON t.rowid = s.rowid WHERE ${where}`;
    total = Number(counted?.total ?? 0);
  }
  // Raw rows carry each column's own type (dates, booleans), as Prisma's read did.
  const results = rows.map(
    ({ organisationName, total: _total, ...row }) =>
      ({ ...row, organisation: { name: organisationName } }) as Row,
  );
  return { total, pageCount: pageCountOf(total), results };
}

/** The page asked for, or the last page when that is past the end. */
async function rankedPageOrLast<Row>(
  query: Omit<Parameters<typeof rankedPage>[0], "skip">,
  requested: number,
) {
  const first = await rankedPage<Row>({ ...query, skip: (requested - 1) * PAGE_SIZE });
  const page = Math.min(requested, first.pageCount);
  const found =
    page === requested ? first : await rankedPage<Row>({ ...query, skip: (page - 1) * PAGE_SIZE });
  return { results: found.results, total: found.total, page, pageCount: found.pageCount };
}

function pageCountOf(total: number) {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

const apprenticeshipListSelect = {
  id: true,
  title: true,
  shortDescription: true,
  level: true,
  route: true,
  localAuthority: true,
  wageType: true,
  wageWeeklyPence: true,
  weeklyHours: true,
  closingDate: true,
  startDate: true,
  disabilityConfident: true,
  organisation: { select: { name: true } },
} as const;
type ApprenticeshipListRow = Prisma.ApprenticeshipGetPayload<{
  select: typeof apprenticeshipListSelect;
}>;

export async function searchApprenticeships(filters: ApprenticeshipFilters, now: Date) {
  const match = ftsQuery(filters.q);
  if (match) {
    const conditions = [
      Prisma.sql`t.state = 'live'`,
      Prisma.sql`t.closingDate >= ${sqlDate(startOfUkToday(now))}`,
      ...(filters.route ? [Prisma.sql`t.route = ${filters.route}`] : []),
      ...(filters.level ? [Prisma.sql`t.level = ${filters.level}`] : []),
      ...(filters.la ? [Prisma.sql`t.localAuthority = ${filters.la}`] : []),
      ...(filters.wage ? [Prisma.sql`t.wageType = ${filters.wage}`] : []),
    ];
    const orderBy =
      filters.sort === "newest"
        ? Prisma.sql`t.firstPublishedAt DESC, t.createdAt DESC`
        : filters.sort === "relevance"
          ? "rank"
          : Prisma.sql`t.closingDate ASC, t.createdAt DESC`;
    const query = {
      table: "Apprenticeship",
      select: apprenticeshipListSelect,
      match,
      conditions,
      orderBy,
    } as const;
    return rankedPageOrLast<ApprenticeshipListRow>(query, filters.page);
  }
  const where: Prisma.ApprenticeshipWhereInput = {
    ...liveApprenticeshipWhere(now),
    ...(filters.route ? { route: filters.route } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.la ? { localAuthority: filters.la } : {}),
    ...(filters.wage ? { wageType: filters.wage } : {}),
  };
  const total = await prisma.apprenticeship.count({ where });
  const pageCount = pageCountOf(total);
  const page = Math.min(filters.page, pageCount);
  const results = await prisma.apprenticeship.findMany({
    where,
    select: apprenticeshipListSelect,
    orderBy:
      filters.sort === "newest"
        ? [{ firstPublishedAt: "desc" }, { createdAt: "desc" }]
        : [{ closingDate: "asc" }, { createdAt: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { results, total, page, pageCount };
}

const placementListSelect = {
  id: true,
  title: true,
  description: true,
  sector: true,
  localAuthority: true,
  startDate: true,
  endDate: true,
  dateMode: true,
  yearGroups: true,
  format: true,
  places: true,
  organisation: { select: { name: true } },
} as const;
type PlacementListRow = Prisma.PlacementGetPayload<{ select: typeof placementListSelect }>;

export async function searchPlacements(filters: PlacementFilters, now: Date) {
  const match = ftsQuery(filters.q);
  if (match) {
    const conditions = [
      Prisma.sql`t.state = 'live'`,
      Prisma.sql`t.startDate > ${sqlDate(startOfUkToday(now))}`,
      ...(filters.sector ? [Prisma.sql`t.sector = ${filters.sector}`] : []),
      ...(filters.la ? [Prisma.sql`t.localAuthority = ${filters.la}`] : []),
      ...(filters.format ? [Prisma.sql`t.format = ${filters.format}`] : []),
      // Stored as "10,11": ids 9 to 13 never contain one another.
      ...(filters.year ? [Prisma.sql`instr(t.yearGroups, ${filters.year}) > 0`] : []),
      // Placements that overlap the dates asked for.
      ...(filters.from ? [Prisma.sql`t.endDate >= ${sqlDate(dayToDate(filters.from))}`] : []),
      ...(filters.to ? [Prisma.sql`t.startDate <= ${sqlDate(dayToDate(filters.to))}`] : []),
    ];
    const query = {
      table: "Placement",
      select: placementListSelect,
      match,
      conditions,
      orderBy: "rank",
    } as const;
    return rankedPageOrLast<PlacementListRow>(query, filters.page);
  }
  const where: Prisma.PlacementWhereInput = {
    ...livePlacementWhere(now),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.la ? { localAuthority: filters.la } : {}),
    ...(filters.format ? { format: filters.format } : {}),
    ...(filters.year ? { yearGroups: { contains: filters.year } } : {}),
    ...(filters.from ? { endDate: { gte: dayToDate(filters.from) } } : {}),
    ...(filters.to ? { startDate: { lte: dayToDate(filters.to) } } : {}),
  };
  const total = await prisma.placement.count({ where });
  const pageCount = pageCountOf(total);
  const page = Math.min(filters.page, pageCount);
  const results = await prisma.placement.findMany({
    where,
    select: placementListSelect,
    orderBy: [{ startDate: "asc" }, { createdAt: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { results, total, page, pageCount };
}

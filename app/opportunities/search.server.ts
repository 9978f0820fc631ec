// Finding live postings: keywords through the FTS5 indexes (ranked), filters
// through Prisma, combined. Only live postings that have not passed their
// closing date are ever listed, whether or not the closing job has run.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { liveApprenticeshipWhere, livePlacementWhere } from "./postings.server";
import { dayToDate, startOfToday } from "./records";
import { ftsQuery, PAGE_SIZE, type ApprenticeshipFilters, type PlacementFilters } from "./search";

// Dates are stored as ISO text with "+00:00"; compare like with like.
const sqlDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * Keyword searches run as one SQL query over the FTS5 index joined to the
 * postings, with every filter in the same WHERE, so SQLite does the ranking,
 * filtering, counting and paging (no long lists of ids through Prisma).
 */
async function rankedPage(options: {
  table: "Apprenticeship" | "Placement";
  match: string;
  conditions: Prisma.Sql[];
  orderBy: Prisma.Sql;
  skip: number;
}) {
  const search = Prisma.raw(`"${options.table}Search"`);
  const table = Prisma.raw(`"${options.table}"`);
  const where = Prisma.join(
    [Prisma.sql`${search} MATCH ${options.match}`, ...options.conditions],
    " AND ",
  );
  // COUNT(*) OVER () gives the total in the same pass as the page.
  const rows = await prisma.$queryRaw<{ id: string; total: number | bigint }[]>`
    SELECT t.id, COUNT(*) OVER () AS total FROM ${search} s JOIN ${table} t ON t.rowid = s.rowid WHERE ${where}
    ORDER BY ${options.orderBy} LIMIT ${PAGE_SIZE} OFFSET ${options.skip}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && options.skip > 0) {
    // Past the last page there is no row to carry the total: count on its own.
    const [counted] = await prisma.$queryRaw<{ total: number | bigint }[]>`
      SELECT COUNT(*) AS total FROM ${search} s JOIN ${table} t ON t.rowid = s.rowid WHERE ${where}`;
    total = Number(counted?.total ?? 0);
  }
  return { total, pageCount: pageCountOf(total), ids: rows.map((r) => r.id) };
}

function inOrder<T extends { id: string }>(ids: string[], rows: T[]) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is T => Boolean(row));
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

export async function searchApprenticeships(filters: ApprenticeshipFilters, now: Date) {
  const match = ftsQuery(filters.q);
  if (match) {
    const conditions = [
      Prisma.sql`t.state = 'live'`,
      Prisma.sql`t.closingDate >= ${sqlDate(startOfToday(now))}`,
      ...(filters.route ? [Prisma.sql`t.route = ${filters.route}`] : []),
      ...(filters.level ? [Prisma.sql`t.level = ${filters.level}`] : []),
      ...(filters.la ? [Prisma.sql`t.localAuthority = ${filters.la}`] : []),
      ...(filters.wage ? [Prisma.sql`t.wageType = ${filters.wage}`] : []),
    ];
    const orderBy =
      filters.sort === "newest"
        ? Prisma.sql`t.firstPublishedAt DESC, t.createdAt DESC`
        : filters.sort === "relevance"
          ? Prisma.sql`rank`
          : Prisma.sql`t.closingDate ASC, t.createdAt DESC`;
    // A page past the end shows the last page.
    const first = await rankedPage({
      table: "Apprenticeship",
      match,
      conditions,
      orderBy,
      skip: (filters.page - 1) * PAGE_SIZE,
    });
    const page = Math.min(filters.page, first.pageCount);
    const found =
      page === filters.page
        ? first
        : await rankedPage({
            table: "Apprenticeship",
            match,
            conditions,
            orderBy,
            skip: (page - 1) * PAGE_SIZE,
          });
    const rows = await prisma.apprenticeship.findMany({
      where: { id: { in: found.ids } },
      select: apprenticeshipListSelect,
    });
    return {
      results: inOrder(found.ids, rows),
      total: found.total,
      page,
      pageCount: found.pageCount,
    };
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

export async function searchPlacements(filters: PlacementFilters, now: Date) {
  const match = ftsQuery(filters.q);
  if (match) {
    const conditions = [
      Prisma.sql`t.state = 'live'`,
      Prisma.sql`t.startDate > ${sqlDate(startOfToday(now))}`,
      ...(filters.sector ? [Prisma.sql`t.sector = ${filters.sector}`] : []),
      ...(filters.la ? [Prisma.sql`t.localAuthority = ${filters.la}`] : []),
      ...(filters.format ? [Prisma.sql`t.format = ${filters.format}`] : []),
      // Stored as "10,11": ids 9 to 13 never contain one another.
      ...(filters.year ? [Prisma.sql`instr(t.yearGroups, ${filters.year}) > 0`] : []),
      // Placements that overlap the dates asked for.
      ...(filters.from ? [Prisma.sql`t.endDate >= ${sqlDate(dayToDate(filters.from))}`] : []),
      ...(filters.to ? [Prisma.sql`t.startDate <= ${sqlDate(dayToDate(filters.to))}`] : []),
    ];
    const orderBy = Prisma.sql`rank`;
    const first = await rankedPage({
      table: "Placement",
      match,
      conditions,
      orderBy,
      skip: (filters.page - 1) * PAGE_SIZE,
    });
    const page = Math.min(filters.page, first.pageCount);
    const found =
      page === filters.page
        ? first
        : await rankedPage({
            table: "Placement",
            match,
            conditions,
            orderBy,
            skip: (page - 1) * PAGE_SIZE,
          });
    const rows = await prisma.placement.findMany({
      where: { id: { in: found.ids } },
      select: placementListSelect,
    });
    return {
      results: inOrder(found.ids, rows),
      total: found.total,
      page,
      pageCount: found.pageCount,
    };
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

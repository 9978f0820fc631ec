// Finding live postings: keywords through the FTS5 indexes (ranked), filters
// through Prisma, combined. Only live postings that have not passed their
// closing date are ever listed, whether or not the closing job has run.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import { liveApprenticeshipWhere, livePlacementWhere } from "./postings.server";
import { dayToDate } from "./records";
import {
  ftsQuery,
  PAGE_SIZE,
  type ApprenticeshipFilters,
  type PlacementFilters,
} from "./search";

// More matches than anyone pages through; ranking beyond this is not useful.
const MAX_MATCHES = 1000;

async function apprenticeshipMatches(match: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "ApprenticeshipSearch" s
    JOIN "Apprenticeship" a ON a.rowid = s.rowid
    WHERE "ApprenticeshipSearch" MATCH ${match} AND a.state = 'live'
    ORDER BY rank LIMIT ${MAX_MATCHES}`;
  return rows.map((row) => row.id);
}

async function placementMatches(match: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "PlacementSearch" s
    JOIN "Placement" p ON p.rowid = s.rowid
    WHERE "PlacementSearch" MATCH ${match} AND p.state = 'live'
    ORDER BY rank LIMIT ${MAX_MATCHES}`;
  return rows.map((row) => row.id);
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
  const ranked = match ? await apprenticeshipMatches(match) : null;
  const where: Prisma.ApprenticeshipWhereInput = {
    ...liveApprenticeshipWhere(now),
    ...(filters.route ? { route: filters.route } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.la ? { localAuthority: filters.la } : {}),
    ...(filters.wage ? { wageType: filters.wage } : {}),
    ...(ranked ? { id: { in: ranked } } : {}),
  };
  const total = await prisma.apprenticeship.count({ where });
  const pageCount = pageCountOf(total);
  const page = Math.min(filters.page, pageCount);
  const skip = (page - 1) * PAGE_SIZE;

  let results;
  if (ranked && filters.sort === "relevance") {
    const kept = new Set((await prisma.apprenticeship.findMany({ where, select: { id: true } })).map((r) => r.id));
    const pageIds = ranked.filter((id) => kept.has(id)).slice(skip, skip + PAGE_SIZE);
    const rows = await prisma.apprenticeship.findMany({ where: { id: { in: pageIds } }, select: apprenticeshipListSelect });
    results = pageIds.map((id) => rows.find((row) => row.id === id)!).filter(Boolean);
  } else {
    results = await prisma.apprenticeship.findMany({
      where,
      select: apprenticeshipListSelect,
      orderBy:
        filters.sort === "newest"
          ? [{ firstPublishedAt: "desc" }, { createdAt: "desc" }]
          : [{ closingDate: "asc" }, { createdAt: "desc" }],
      skip,
      take: PAGE_SIZE,
    });
  }
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
  const ranked = match ? await placementMatches(match) : null;
  const where: Prisma.PlacementWhereInput = {
    ...livePlacementWhere(now),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.la ? { localAuthority: filters.la } : {}),
    ...(filters.format ? { format: filters.format } : {}),
    // Stored as "10,11": ids 9 to 13 never contain one another.
    ...(filters.year ? { yearGroups: { contains: filters.year } } : {}),
    // Placements that overlap the dates asked for.
    ...(filters.from ? { endDate: { gte: dayToDate(filters.from) } } : {}),
    ...(ranked ? { id: { in: ranked } } : {}),
  };
  if (filters.to) {
    where.AND = [{ startDate: { lte: dayToDate(filters.to) } }];
  }
  const total = await prisma.placement.count({ where });
  const pageCount = pageCountOf(total);
  const page = Math.min(filters.page, pageCount);
  const skip = (page - 1) * PAGE_SIZE;

  let results;
  if (ranked) {
    const kept = new Set((await prisma.placement.findMany({ where, select: { id: true } })).map((r) => r.id));
    const pageIds = ranked.filter((id) => kept.has(id)).slice(skip, skip + PAGE_SIZE);
    const rows = await prisma.placement.findMany({ where: { id: { in: pageIds } }, select: placementListSelect });
    results = pageIds.map((id) => rows.find((row) => row.id === id)!).filter(Boolean);
  } else {
    results = await prisma.placement.findMany({
      where,
      select: placementListSelect,
      orderBy: [{ startDate: "asc" }, { createdAt: "desc" }],
      skip,
      take: PAGE_SIZE,
    });
  }
  return { results, total, page, pageCount };
}

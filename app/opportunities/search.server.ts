// Finding live postings: keywords through the FTS5 indexes (ranked), filters
// as conditions on the posting, combined. Each search's filters are described
// once (`apprenticeshipConditions`, `placementConditions`) and read either as
// SQL for a keyword search or as a Prisma `where` without keywords, so both
// paths give the same rows. Only live postings (live.server.ts) are ever
// listed, whether or not the closing job has run.
import { pageWindow, type PageWindow } from "~/components/pagination";
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/db.server";
import {
  orderByOf,
  sqlOf,
  sqlOrderOf,
  whereOf,
  type ApprenticeshipCondition,
  type Order,
  type PlacementCondition,
} from "./conditions.server";
import { filterTokenQuery } from "./filter-tokens.server";
import { liveConditions } from "./live.server";
import { dayToDate } from "~/time/uk-time";
import {
  ftsQuery,
  PAGE_SIZE,
  type ApprenticeshipFilters,
  type PlacementFilters,
  type PlacementSort,
} from "./search";

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
 * Placement lists without keywords (`match` null) take the same query over
 * the posting table alone, answered from its search index.
 */
async function rankedPage<Row>(options: PageQuery) {
  const { page, count } = pageQueries(options);
  const rows =
    await prisma.$queryRaw<
      ({ organisationName: string; total: number | bigint } & Record<string, unknown>)[]
    >(page);
  let total = Number(rows[0]?.total ?? 0);
  // Without keywords the count is its own query; with them, past the last page
  // there is no row to carry the total.
  if (!options.match || (rows.length === 0 && options.skip > 0)) {
    const [counted] = await prisma.$queryRaw<{ total: number | bigint }[]>(count);
    total = Number(counted?.total ?? 0);
  }
  // Raw rows carry each column's own type (dates, booleans), as Prisma's read did.
  const results = rows.map(
    ({ organisationName, total: _total, ...row }) =>
      ({ ...row, organisation: { name: organisationName } }) as Row,
  );
  return { total, results };
}

type PageQuery = {
  table: "Apprenticeship" | "Placement";
  select: ListSelect;
  match: string | null;
  /**
   * The conditions' tokens as a query of the kind's filter table
   * (filter-tokens.server.ts): with keywords, only the matches that pass them
   * are read. Null reads every match, as before decision 057.
   */
  filters: string | null;
  conditions: Prisma.Sql;
  /** Columns of the posting (`t.`), or the FTS5 rank. */
  orderBy: Prisma.Sql | "rank";
  skip: number;
};

/**
 * The index a list without keywords reads (decision 041), named, because with
 * the statistics ANALYZE leaves (the scale seed, `PRAGMA optimize`) SQLite
 * prefers to walk every verified organisation's postings instead: 27 ms for a
 * page at 25,000 SMEs and 325 ms at ten times, against 0.7 and 2 ms from the
 * index (docs/performance.md, "Keyword filters in FTS5"). Apprenticeships
 * without keywords are a Prisma read.
 */
const listIndex = {
  Apprenticeship: Prisma.empty,
  Placement: Prisma.raw(`INDEXED BY "Placement_search_idx"`),
};

/** The SQL of a page of postings and of their count (exported for the query-plan test). */
export function pageQueries(options: PageQuery) {
  const search = Prisma.raw(`"${options.table}Search"`);
  const table = Prisma.raw(`"${options.table}"`);
  // CROSS JOIN keeps the FTS5 match as the outer loop: given the placement
  // search index, SQLite would otherwise walk every live posting and run the
  // match once per row (80 ms instead of 1.5 ms on the scale data).
  // The filter table narrows the matches before any posting row is read: the
  // rowids that pass the filters are found once (a list SQLite builds before
  // the loop), then each match is tested against it. The unary + keeps SQLite
  // from handing that list to FTS5 as a rowid lookup, which would run the
  // keyword match once per listed rowid. Ranking stays the text index's own.
  const filterSearch = Prisma.raw(`"${options.table}FilterSearch"`);
  const narrowed = options.filters
    ? Prisma.sql`AND +s.rowid IN (SELECT rowid FROM ${filterSearch} WHERE ${filterSearch} MATCH ${options.filters})`
    : Prisma.empty;
  const from = options.match
    ? Prisma.sql`${search} s CROSS JOIN ${table} t ON t.rowid = s.rowid
        WHERE ${search} MATCH ${options.match} ${narrowed} AND ${options.conditions}`
    : Prisma.sql`${table} t ${listIndex[options.table]} WHERE ${options.conditions}`;
  const columns = Object.keys(options.select).filter((key) => key !== "organisation");
  const shown = Prisma.raw(columns.map((column) => `t."${column}"`).join(", "));
  // The id breaks ties, so a page never depends on how SQLite happens to sort.
  const rank = options.orderBy === "rank";
  if (rank && options.match === null) throw new Error("Best match needs keywords to rank by");
  const innerOrder = rank ? Prisma.sql`score, t.id` : Prisma.sql`${options.orderBy}, t.id`;
  const outerOrder = rank ? Prisma.sql`p.score, t.id` : Prisma.sql`${options.orderBy}, t.id`;
  // The inner query pages row ids; only the page's rows are then read whole, so
  // a broad keyword does not sort hundreds of full rows. With keywords
  // COUNT(*) OVER () gives the total in the same pass (cheaper than matching
  // twice); without them a count of its own reads the index alone, and the page
  // stops after its rows instead of sorting every live placement.
  const counted = options.match ? Prisma.sql`COUNT(*) OVER ()` : Prisma.sql`NULL`;
  const page = Prisma.sql`
    SELECT ${shown}, o.name AS organisationName, p.total FROM (
      SELECT t.rowid AS rid, ${rank ? Prisma.sql`rank` : Prisma.sql`NULL`} AS score, ${counted} AS total
      FROM ${from}
      ORDER BY ${innerOrder} LIMIT ${PAGE_SIZE} OFFSET ${options.skip}
    ) p JOIN ${table} t ON t.rowid = p.rid JOIN "Organisation" o ON o.id = t.organisationId
    ORDER BY ${outerOrder}`;
  return { page, count: Prisma.sql`SELECT COUNT(*) AS total FROM ${from}` };
}

type Found<Row> = { results: Row[]; total: number; page: number; pageCount: number };

/** The page asked for, or the last page when that is past the end (the one pager's rule). */
async function rankedPageOrLast<Row>(
  query: Omit<Parameters<typeof rankedPage>[0], "skip">,
  requested: number,
): Promise<Found<Row>> {
  // Most pages asked for exist: read the page first, and only past the end read the last one.
  const first = await rankedPage<Row>({ ...query, skip: (requested - 1) * PAGE_SIZE });
  const window = pageWindow(first.total, requested, PAGE_SIZE);
  const found =
    window.page === requested ? first : await rankedPage<Row>({ ...query, skip: window.skip });
  return {
    results: found.results,
    total: found.total,
    page: window.page,
    pageCount: window.pageCount,
  };
}

/** A page of a Prisma list: count, clamp to the last page, then read that page. */
async function prismaPage<Row>(
  count: () => Promise<number>,
  read: (window: PageWindow) => Promise<Row[]>,
  requested: number,
): Promise<Found<Row>> {
  const window = pageWindow(await count(), requested, PAGE_SIZE);
  const results = await read(window);
  return { results, total: window.total, page: window.page, pageCount: window.pageCount };
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
  standard: true,
  trainingProvider: true,
  firstPublishedAt: true,
  organisation: { select: { name: true } },
} as const;
type ApprenticeshipListRow = Prisma.ApprenticeshipGetPayload<{
  select: typeof apprenticeshipListSelect;
}>;

/** Everything an apprenticeship search asks of a posting: live, and each filter given. */
export function apprenticeshipConditions(
  filters: ApprenticeshipFilters,
  now: Date,
): ApprenticeshipCondition[] {
  const conditions: ApprenticeshipCondition[] = [...liveConditions("apprenticeship", now)];
  if (filters.route) conditions.push({ column: "route", op: "equals", value: filters.route });
  if (filters.levels.length > 0)
    conditions.push({
      op: "anyOf",
      conditions: filters.levels.map((level) => ({
        column: "level" as const,
        op: "equals" as const,
        value: level,
      })),
    });
  if (filters.la) conditions.push({ column: "localAuthority", op: "equals", value: filters.la });
  if (filters.wage) conditions.push({ column: "wageType", op: "equals", value: filters.wage });
  if (filters.employer)
    conditions.push({ column: "organisationId", op: "equals", value: filters.employer });
  if (filters.disabilityConfident)
    conditions.push({ column: "disabilityConfident", op: "equals", value: true });
  return conditions;
}

type ApprenticeshipOrder = Order<keyof Prisma.ApprenticeshipOrderByWithRelationInput & string>;

function apprenticeshipOrder(sort: ApprenticeshipFilters["sort"]): ApprenticeshipOrder[] {
  return sort === "newest"
    ? [
        { column: "firstPublishedAt", direction: "desc" },
        { column: "createdAt", direction: "desc" },
      ]
    : [
        { column: "closingDate", direction: "asc" },
        { column: "createdAt", direction: "desc" },
      ];
}

/** A keyword search of apprenticeships as rankedPage's query, but for the page to show. */
export function apprenticeshipQuery(filters: ApprenticeshipFilters, match: string, now: Date) {
  const conditions = apprenticeshipConditions(filters, now);
  return {
    table: "Apprenticeship",
    select: apprenticeshipListSelect,
    match,
    filters: filterTokenQuery("Apprenticeship", conditions),
    conditions: sqlOf(conditions, "t"),
    orderBy:
      filters.sort === "relevance" ? "rank" : sqlOrderOf(apprenticeshipOrder(filters.sort), "t"),
  } as const;
}

export async function searchApprenticeships(filters: ApprenticeshipFilters, now: Date) {
  const match = ftsQuery(filters.q);
  if (match)
    return rankedPageOrLast<ApprenticeshipListRow>(
      apprenticeshipQuery(filters, match, now),
      filters.page,
    );
  const conditions = apprenticeshipConditions(filters, now);
  const where = whereOf<Prisma.ApprenticeshipWhereInput>(conditions);
  return prismaPage(
    () => prisma.apprenticeship.count({ where }),
    ({ skip, take }) =>
      prisma.apprenticeship.findMany({
        where,
        select: apprenticeshipListSelect,
        orderBy: orderByOf<Prisma.ApprenticeshipOrderByWithRelationInput>(
          apprenticeshipOrder(filters.sort),
        ),
        skip,
        take,
      }),
    filters.page,
  );
}

export const placementListSelect = {
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

/**
 * The area rule for placements: an area applies to in-person and hybrid
 * placements only. Any school can take part in a virtual one, so those are
 * always listed (tagged "Online"; `hideOnline` leaves them out).
 */
export function placementAreaCondition(la: string): PlacementCondition {
  return {
    op: "anyOf",
    conditions: [
      { column: "localAuthority", op: "equals", value: la },
      { column: "format", op: "equals", value: "virtual" },
    ],
  };
}

type PlacementOrder = Order<keyof Prisma.PlacementOrderByWithRelationInput & string>;

function placementOrder(sort: Exclude<PlacementSort, "relevance">): PlacementOrder[] {
  return sort === "newest"
    ? [
        { column: "firstPublishedAt", direction: "desc" },
        { column: "createdAt", direction: "desc" },
      ]
    : [
        { column: "startDate", direction: "asc" },
        { column: "createdAt", direction: "desc" },
      ];
}

/** Everything a placement search asks of a posting: live, and each filter given. */
export function placementConditions(filters: PlacementFilters, now: Date): PlacementCondition[] {
  const conditions: PlacementCondition[] = [...liveConditions("placement", now)];
  if (filters.sector) conditions.push({ column: "sector", op: "equals", value: filters.sector });
  if (filters.la) conditions.push(placementAreaCondition(filters.la));
  if (filters.format) conditions.push({ column: "format", op: "equals", value: filters.format });
  if (filters.hideOnline) conditions.push({ column: "format", op: "notEquals", value: "virtual" });
  // Stored as "10,11": ids 9 to 13 never contain one another.
  if (filters.year) conditions.push({ column: "yearGroups", op: "listHas", value: filters.year });
  // Placements that overlap the dates asked for.
  if (filters.from)
    conditions.push({ column: "endDate", op: "gte", value: dayToDate(filters.from) });
  if (filters.to) conditions.push({ column: "startDate", op: "lte", value: dayToDate(filters.to) });
  return conditions;
}

/**
 * With or without keywords, one SQL query (rankedPage). Without them it reads
 * only Placement_search_idx (every filtered, counted and sorted column, and the
 * id), so the area rule's OR no longer reads every live placement's whole row
 * to count them (docs/performance.md, "Placement search, before and after issue 11").
 */
export async function searchPlacements(filters: PlacementFilters, now: Date) {
  return rankedPageOrLast<PlacementListRow>(placementQuery(filters, now), filters.page);
}

/** A placement search as rankedPage's query, but for the page to show. */
export function placementQuery(filters: PlacementFilters, now: Date) {
  const match = ftsQuery(filters.q);
  const conditions = placementConditions(filters, now);
  return {
    table: "Placement",
    select: placementListSelect,
    match,
    filters: filterTokenQuery("Placement", conditions),
    conditions: sqlOf(conditions, "t"),
    // Best match ranks by the keywords; without them it is never asked for
    // (placementFilters), and the soonest starting would come first.
    orderBy:
      match && filters.sort === "relevance"
        ? "rank"
        : sqlOrderOf(placementOrder(filters.sort === "relevance" ? "starting" : filters.sort), "t"),
  } as const;
}

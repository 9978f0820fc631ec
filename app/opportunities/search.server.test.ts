import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { whereOf } from "./conditions.server";
import { apprenticeshipFilters, placementFilters } from "./search";
import {
  pageQueries,
  placementConditions,
  placementListSelect,
  placementQuery,
  searchApprenticeships,
  searchPlacements,
} from "./search.server";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";

const now = new Date("2027-03-10T10:00:00Z");

// The postings the first two blocks search, made in this order, keyed by the name the tests use.
const apprenticeships = {
  web: { title: "Web developer apprentice", level: 4, closingInDays: 20 },
  webSoon: { title: "Web support apprenticeship", closingInDays: 3, localAuthority: "coventry" },
  webToday: { title: "Web content apprentice", closingInDays: 0 },
  webPast: { title: "Web testing apprentice", closingInDays: -1 },
  webDraft: { title: "Web draft apprentice", state: "draft" },
  baker: { title: "Baker apprentice", route: "other", wageType: "fixed" },
} satisfies Record<string, Parameters<typeof makeApprenticeship>[2]>;
const placements = {
  print: { title: "Printing week", yearGroups: "10,11" },
  printVirtual: {
    title: "Online printing taster",
    format: "virtual",
    yearGroups: "12",
    startInDays: 40,
  },
  printStarted: { title: "Printing started", startInDays: 0 },
  cafe: {
    title: "Cafe kitchen week",
    description: "Make coffee and serve customers.",
    sector: "I",
  },
} satisfies Record<string, Parameters<typeof makePlacement>[2]>;
const ids = {} as Record<keyof typeof apprenticeships | keyof typeof placements, string>;

beforeAll(async () => {
  const sme = await makeOrg("sme");
  for (const [key, overrides] of Object.entries(apprenticeships))
    ids[key as keyof typeof apprenticeships] = (
      await makeApprenticeship(sme.id, now, overrides)
    ).id;
  for (const [key, overrides] of Object.entries(placements))
    ids[key as keyof typeof placements] = (await makePlacement(sme.id, now, overrides)).id;
});

const appSearch = (query: string | URLSearchParams) =>
  searchApprenticeships(apprenticeshipFilters(new URLSearchParams(query)), now);
const placementSearch = (query: string | URLSearchParams) =>
  searchPlacements(placementFilters(new URLSearchParams(query)), now);
const appIds = async (query: string) => (await appSearch(query)).results.map((r) => r.id);
const placementIds = async (query: string) =>
  (await placementSearch(query)).results.map((r) => r.id);

describe("apprenticeship search", () => {
  test("finds by keyword prefix, only live ones not past their closing date", async () => {
    const found = await appIds("q=web");
    expect(found).toEqual(expect.arrayContaining([ids.web, ids.webSoon, ids.webToday]));
    expect(found).not.toContain(ids.webPast);
    expect(found).not.toContain(ids.webDraft);
    expect(found).not.toContain(ids.baker);
    expect(await appIds("q=bak")).toEqual([ids.baker]);
  });

  test("a posting still marked live but past its closing date is never listed", async () => {
    expect(await appIds("")).not.toContain(ids.webPast);
  });

  test("keywords combine with filters", async () => {
    expect(await appIds("q=web&la=coventry")).toEqual([ids.webSoon]);
    expect(await appIds("q=web&level=4")).toEqual([ids.web]);
    expect(await appIds("wage=fixed")).toEqual([ids.baker]);
    expect(await appIds("route=other&q=web")).toEqual([]);
  });

  test("sorts by closing date", async () => {
    const found = await appIds("q=web&sort=closing");
    expect(found).toEqual([ids.webToday, ids.webSoon, ids.web]);
  });

  test("odd input never breaks the query", async () => {
    await expect(appIds('q=" OR 1=1 -- NEAR(*')).resolves.toBeDefined();
    await expect(appIds("q=%22%22%22")).resolves.toBeDefined();
  });

  test("a keyword search shows the same fields, of the same types, as the list without keywords", async () => {
    const [keyword] = (await appSearch("q=baker")).results;
    const [filtered] = (await appSearch("wage=fixed")).results;
    expect(keyword).toStrictEqual(filtered);
    expect(Object.keys(keyword!)).toEqual(Object.keys(filtered!));
    expect(keyword!.closingDate).toBeInstanceOf(Date);
    expect(typeof keyword!.disabilityConfident).toBe("boolean");
  });

  test("equal closing dates are ordered by id, the same on every page", async () => {
    const sme = await makeOrg("sme");
    const createdAt = new Date(now.getTime() - 3_600_000);
    const made: string[] = [];
    for (let i = 0; i < 12; i++)
      made.push(
        (await makeApprenticeship(sme.id, now, { title: `Yak herder apprentice ${i}`, createdAt }))
          .id,
      );
    const first = await appIds("q=yak&sort=closing");
    const second = await appIds("q=yak&sort=closing&page=2");
    expect([...first, ...second]).toEqual([...made].sort());
  });

  test("pages of 10", async () => {
    const sme = await makeOrg("sme");
    for (let i = 0; i < 12; i++)
      await makeApprenticeship(sme.id, now, { title: `Zebrafish keeper apprentice ${i}` });
    const first = await appSearch("q=zebrafish");
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.results).toHaveLength(10);
    const second = await appSearch("q=zebrafish&page=2");
    expect(second.results).toHaveLength(2);
    // A page past the end shows the last page, for keyword search too.
    const past = await appSearch("q=zebrafish&page=9");
    expect(past).toMatchObject({ page: 2, pageCount: 2, total: 12 });
    expect(past.results.map((r) => r.id)).toEqual(second.results.map((r) => r.id));
  });
});

describe("placement search", () => {
  test("keyword, not started, live only", async () => {
    const found = await placementIds("q=printing");
    expect(found).toEqual(expect.arrayContaining([ids.print, ids.printVirtual]));
    expect(found).not.toContain(ids.printStarted);
  });

  test("filters by year group, format, sector and dates", async () => {
    expect(await placementIds("q=printing&year=12")).toEqual([ids.printVirtual]);
    expect(await placementIds("q=printing&format=virtual")).toEqual([ids.printVirtual]);
    expect(await placementIds("sector=I")).toEqual([ids.cafe]);
    // Starting 20 days on (30 March), ending 24 days on; the virtual one starts 40 days on.
    expect(await placementIds("q=printing&from=2027-04-10")).toEqual([ids.printVirtual]);
    expect(await placementIds("q=printing&to=2027-04-01")).toEqual([ids.print]);
  });

  test("a keyword search shows the same fields, of the same types, as the list without keywords", async () => {
    const [keyword] = (await placementSearch("q=cafe")).results;
    const [filtered] = (await placementSearch("sector=I")).results;
    expect(keyword).toStrictEqual(filtered);
    expect(Object.keys(keyword!)).toEqual(Object.keys(filtered!));
    expect(keyword!.startDate).toBeInstanceOf(Date);
    // Both are SQL now: each is the row a Prisma read of the same select gives.
    const read = await prisma.placement.findUniqueOrThrow({
      where: { id: keyword!.id },
      select: placementListSelect,
    });
    expect(keyword).toStrictEqual(read);
  });

  test("an area hides no virtual placement: it applies to in-person and hybrid ones", async () => {
    const far = await makeOrg("sme");
    const made = async (title: string, format: string, localAuthority: string | null) => {
      const { id } = await makePlacement(far.id, now, { title, format });
      await prisma.placement.update({ where: { id }, data: { localAuthority } });
      return id;
    };
    const inDudley = await made("Wombat in person week", "in-person", "dudley");
    const hybridDudley = await made("Wombat hybrid week", "hybrid", "dudley");
    const hybridWalsall = await made("Wombat hybrid elsewhere", "hybrid", "walsall");
    const virtualWalsall = await made("Wombat online taster", "virtual", "walsall");
    const virtualNowhere = await made("Wombat online anywhere", "virtual", null);
    const inDudleySearch = async (query: string) =>
      (await placementIds(query)).filter((id) =>
        [inDudley, hybridDudley, hybridWalsall, virtualWalsall, virtualNowhere].includes(id),
      );
    for (const keywords of ["q=wombat&", ""]) {
      expect((await inDudleySearch(`${keywords}la=dudley`)).sort()).toEqual(
        [inDudley, hybridDudley, virtualWalsall, virtualNowhere].sort(),
      );
      expect((await inDudleySearch(`${keywords}la=dudley&hideOnline=on`)).sort()).toEqual(
        [inDudley, hybridDudley].sort(),
      );
      expect(await inDudleySearch(`${keywords}la=dudley&format=virtual`)).toHaveLength(2);
    }
  });

  test("placement sorts: starting soonest, newest", async () => {
    const starts = (await placementSearch("q=printing&sort=starting")).results.map((r) =>
      r.startDate.getTime(),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const first = await makeOrg("sme");
    const older = await makePlacement(first.id, now, { title: "Numbat older week" });
    const newer = await makePlacement(first.id, now, { title: "Numbat newer week" });
    await prisma.placement.update({
      where: { id: older.id },
      data: { firstPublishedAt: new Date("2027-01-01T10:00:00Z") },
    });
    await prisma.placement.update({
      where: { id: newer.id },
      data: { firstPublishedAt: new Date("2027-03-01T10:00:00Z") },
    });
    const numbats = async (query: string) =>
      (await placementIds(query)).filter((id) => id === older.id || id === newer.id);
    expect(await numbats("q=numbat&sort=newest")).toEqual([newer.id, older.id]);
    expect(await numbats("q=numbat&sort=relevance")).toHaveLength(2);
  });

  test("the stored state is not changed by listing", async () => {
    const row = await prisma.placement.findUnique({
      where: { id: ids.printStarted },
      select: { state: true },
    });
    expect(row?.state).toBe("live");
  });
});

// Every filter, on both paths: a keyword search (SQL over FTS5) and the same
// filter without keywords (Prisma) must list the same postings. The "quokka"
// postings vary one filter at a time, and include the boundaries of "live".
describe("each filter gives the same rows with and without keywords", () => {
  const quokka = { apprenticeships: new Set<string>(), placements: new Set<string>() };

  beforeAll(async () => {
    const sme = await makeOrg("sme");
    const apprenticeship = async (overrides: Parameters<typeof makeApprenticeship>[2]) =>
      quokka.apprenticeships.add((await makeApprenticeship(sme.id, now, overrides)).id);
    await apprenticeship({ title: "Quokka digital apprentice", level: 4, closingInDays: 20 });
    await apprenticeship({ title: "Quokka other apprentice", route: "other", wageType: "fixed" });
    await apprenticeship({ title: "Quokka coventry apprentice", localAuthority: "coventry" });
    const { id: confident } = await makeApprenticeship(sme.id, now, {
      title: "Quokka disability confident apprentice",
    });
    await prisma.apprenticeship.update({
      where: { id: confident },
      data: { disabilityConfident: true },
    });
    quokka.apprenticeships.add(confident);
    await apprenticeship({ title: "Quokka last day apprentice", closingInDays: 0 });
    await apprenticeship({ title: "Quokka closed apprentice", closingInDays: -1 });
    await apprenticeship({ title: "Quokka draft apprentice", state: "draft" });

    const placement = async (
      overrides: Parameters<typeof makePlacement>[2],
      localAuthority?: string,
    ) => {
      const { id } = await makePlacement(sme.id, now, overrides);
      if (localAuthority)
        await prisma.placement.update({ where: { id }, data: { localAuthority } });
      quokka.placements.add(id);
    };
    await placement({ title: "Quokka print week", yearGroups: "10,11" });
    await placement({
      title: "Quokka virtual taster",
      format: "virtual",
      yearGroups: "12",
      startInDays: 40,
    });
    await placement({ title: "Quokka cafe week", sector: "I" }, "coventry");
    await placement({ title: "Quokka starts tomorrow", startInDays: 1 });
    await placement({ title: "Quokka started today", startInDays: 0 });
    await placement({ title: "Quokka draft week", state: "draft" });
  });

  async function every<T extends { results: { id: string }[]; page: number; pageCount: number }>(
    search: (params: URLSearchParams) => Promise<T>,
    query: string,
    among: Set<string>,
  ) {
    const found: string[] = [];
    for (let page = 1; ; page++) {
      const params = new URLSearchParams(query);
      params.set("page", String(page));
      const result = await search(params);
      found.push(...result.results.map((r) => r.id).filter((id) => among.has(id)));
      if (result.page >= result.pageCount) break;
    }
    return found.sort();
  }

  test.each([
    ["", 5],
    ["route=other", 1],
    ["route=digital", 4],
    ["level=4", 1],
    ["level=4&level=3", 5],
    ["la=coventry", 1],
    ["wage=fixed", 1],
    ["disabilityConfident=on", 1],
    ["sort=newest", 5],
  ])("apprenticeships %s", async (filter, count) => {
    const keyword = await every(
      appSearch,
      `q=quokka&sort=closing&${filter}`,
      quokka.apprenticeships,
    );
    const plain = await every(appSearch, filter, quokka.apprenticeships);
    expect(keyword).toEqual(plain);
    expect(keyword).toHaveLength(count);
  });

  test.each([
    ["", 4],
    ["sector=I", 1],
    // The area never hides the virtual taster (in Birmingham): any school can take part online.
    ["la=coventry", 2],
    ["la=coventry&hideOnline=on", 1],
    ["hideOnline=on", 3],
    ["format=virtual", 1],
    ["sort=newest", 4],
    ["sort=starting", 4],
    ["year=12", 1],
    ["year=10", 3],
    // The print and cafe weeks run 30 March to 3 April; the taster starts 19 April.
    ["from=2027-04-10", 1],
    ["to=2027-04-01", 3],
    ["from=2027-03-01&to=2027-03-12", 1],
  ])("placements %s", async (filter, count) => {
    const keyword = await every(placementSearch, `q=quokka&${filter}`, quokka.placements);
    const plain = await every(placementSearch, filter, quokka.placements);
    expect(keyword).toEqual(plain);
    expect(keyword).toHaveLength(count);
    // The same conditions read as a Prisma `where` (as detail pages do) agree.
    const where = whereOf<Prisma.PlacementWhereInput>(
      placementConditions(placementFilters(new URLSearchParams(filter)), now),
    );
    const byPrisma = await prisma.placement.findMany({ where, select: { id: true } });
    expect(
      byPrisma
        .map((r) => r.id)
        .filter((id) => quokka.placements.has(id))
        .sort(),
    ).toEqual(plain);
  });
});

describe("the employer's name is searchable by keyword", () => {
  test("a word only the employer's name holds finds its postings of both kinds, and follows a rename", async () => {
    const sme = await makeOrg("sme");
    await prisma.organisation.update({
      where: { id: sme.id },
      data: { name: "Wombleton Forge" },
    });
    const vacancy = await makeApprenticeship(sme.id, now, {
      title: "Metal fabrication apprentice",
    });
    const placement = await makePlacement(sme.id, now, { title: "Metal shop week" });
    expect(await appIds("q=wombleton")).toEqual([vacancy.id]);
    expect(await placementIds("q=wombleton")).toEqual([placement.id]);

    await prisma.organisation.update({ where: { id: sme.id }, data: { name: "Quillfeather Ltd" } });
    expect(await appIds("q=wombleton")).toEqual([]);
    expect(await placementIds("q=quillfeather")).toEqual([placement.id]);
    expect(await appIds("q=quillfeather")).toEqual([vacancy.id]);
  });
});

// What keeps placement search fast on a region's data (docs/performance.md):
// SQLite's choice of plan, read from the real statements on the real schema.
describe("placement search's query plans", () => {
  const plan = async (sql: Prisma.Sql) =>
    (await prisma.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`))
      .map((row) => row.detail)
      .join(" | ");
  const queries = (query: string) =>
    pageQueries({ ...placementQuery(placementFilters(new URLSearchParams(query)), now), skip: 0 });

  test("without keywords, the area rule's count reads the search index alone", async () => {
    const { count, page } = queries("la=dudley&year=10");
    const counted = await plan(count);
    expect(counted).toMatch(/USING COVERING INDEX Placement_search_idx/);
    // The employer check, too, is answered from an index, not each organisation's row.
    expect(counted).toMatch(/USING INDEX Organisation_id_verificationStatus_idx/);
    expect(await plan(page)).toMatch(/USING COVERING INDEX Placement_search_idx/);
  });

  test("with keywords, the match is the outer loop, never run once per live placement", async () => {
    const { page } = queries("q=printing&la=dudley");
    const planned = await plan(page);
    expect(planned).toMatch(
      /^.*SCAN s VIRTUAL TABLE INDEX \d+:M.*SEARCH t USING INTEGER PRIMARY KEY/,
    );
    // The filter table is asked once, as a list each match is tested against
    // before its row is read, never once per match ("=M": a rowid lookup).
    expect(planned).toMatch(
      /LIST SUBQUERY \d+ \| SCAN PlacementFilterSearch VIRTUAL TABLE INDEX \d+:M/,
    );
    expect(planned).not.toMatch(/PlacementFilterSearch VIRTUAL TABLE INDEX \d+:=/);
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { localAuthorityIds } from "~/organisations/reference-data";
import { prng } from "../../scripts/prng";
import {
  makeApprenticeship,
  makeOrg,
  makePlacement,
  dayFrom,
} from "../../tests/opportunities-data";
import type { Condition } from "./conditions.server";
import { sqlOf } from "./conditions.server";
import { filterToken, filterTokenQuery, type SearchTable } from "./filter-tokens.server";
import { liveConditions } from "./live.server";
import { apprenticeshipRoutes, placementFormats, wageTypeIds, yearGroupIds } from "./options";
import { apprenticeshipLevels } from "./policy";
import { apprenticeshipFilters, ftsQuery, placementFilters } from "./search";
import {
  apprenticeshipConditions,
  apprenticeshipQuery,
  pageQueries,
  placementConditions,
  placementQuery,
} from "./search.server";

const now = new Date("2027-03-10T10:00:00Z");

describe("filter tokens", () => {
  test("a value's token is the one the migration's views make with SQLite's hex()", async () => {
    const [row] = await prisma.$queryRaw<{ la: string; level: string; yes: string }[]>`
      SELECT 'localAuthority_' || hex('birmingham') AS la, 'level_' || hex(3) AS level,
        'disabilityConfident_' || hex(1) AS yes`;
    // The tokenizer folds case, so SQLite's upper-case hex and ours are one token.
    const folded = (token: string) => token.toLowerCase();
    expect(folded(filterToken("localAuthority", "birmingham"))).toBe(folded(row!.la));
    expect(folded(filterToken("level", 3))).toBe(folded(row!.level));
    expect(folded(filterToken("disabilityConfident", true))).toBe(folded(row!.yes));
  });

  test("live is asked only with both of its conditions: the state and the verified organisation", () => {
    const state: Condition = { column: "state", op: "equals", value: "live" };
    expect(filterTokenQuery("Apprenticeship", [state])).toBeNull();
    expect(filterTokenQuery("Apprenticeship", liveConditions("apprenticeship", now))).toBe("live");
  });

  test("a condition with no token is left to the SQL, and so is an either-or with one part that has none", () => {
    const conditions: Condition[] = [
      ...liveConditions("placement", now),
      { column: "endDate", op: "gte", value: now },
      {
        op: "anyOf",
        conditions: [
          { column: "localAuthority", op: "equals", value: "dudley" },
          { column: "title", op: "equals", value: "x" },
        ],
      },
      { column: "yearGroups", op: "listHas", value: "10" },
      { column: "format", op: "notEquals", value: "virtual" },
    ];
    expect(filterTokenQuery("Placement", conditions)).toBe(
      `(live AND "yearGroups_10") NOT ("${filterToken("format", "virtual")}")`,
    );
  });
});

// The property that matters: with the filter table, a keyword search lists
// exactly the rows, in exactly the order, and counts exactly the total that the
// query without it did (decision 057), after any sequence of writes. Seeded,
// so a failure runs again the same way.
describe("keyword searches through the filter table give the old query's rows", () => {
  const words = ["digital", "data", "web", "cyber", "design", "bakery", "media", "cloud"];
  const apprenticeshipStates = ["live", "live", "live", "draft", "submitted", "closed"];
  const sectors = ["C", "I", "J"];
  const random = prng(5716);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const chance = (p: number) => random() < p;
  const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
  const someYears = () => {
    const chosen = yearGroupIds.filter(() => chance(0.4));
    return (chosen.length > 0 ? chosen : [pick(yearGroupIds)]).join(",");
  };

  const orgs: string[] = [];
  const apprenticeships: string[] = [];
  const placements: string[] = [];

  async function newApprenticeship() {
    const { id } = await makeApprenticeship(pick(orgs), now, {
      title: `${text(2)} apprentice`,
      state: pick(apprenticeshipStates),
      closingInDays: Math.floor(random() * 30) - 2,
      level: pick(apprenticeshipLevels),
      localAuthority: pick(localAuthorityIds),
      route: pick(apprenticeshipRoutes).id,
      wageType: pick(wageTypeIds),
      createdAt: new Date(now.getTime() - Math.floor(random() * 40) * 86_400_000),
    });
    await prisma.apprenticeship.update({
      where: { id },
      data: { disabilityConfident: chance(0.3), shortDescription: text(4) },
    });
    apprenticeships.push(id);
  }

  async function newPlacement() {
    const { id } = await makePlacement(pick(orgs), now, {
      title: `${text(2)} week`,
      description: text(5),
      state: pick(apprenticeshipStates),
      startInDays: Math.floor(random() * 40) - 2,
      sector: pick(sectors),
      format: pick(placementFormats).id,
      yearGroups: someYears(),
    });
    await prisma.placement.update({
      where: { id },
      data: { localAuthority: chance(0.15) ? null : pick(localAuthorityIds.slice(0, 4)) },
    });
    placements.push(id);
  }

  /** One random write of the kinds the app makes: state, edits, deletions, the employer. */
  async function write() {
    const what = Math.floor(random() * 9);
    const apprenticeship = pick(apprenticeships);
    const placement = pick(placements);
    if (what === 0)
      await prisma.apprenticeship.update({
        where: { id: apprenticeship },
        data: { state: pick(apprenticeshipStates) },
      });
    else if (what === 1)
      await prisma.apprenticeship.update({
        where: { id: apprenticeship },
        data: {
          title: `${text(2)} apprentice`,
          level: pick(apprenticeshipLevels),
          localAuthority: pick(localAuthorityIds),
          ...(chance(0.5) ? { wageType: pick(wageTypeIds) } : {}),
          ...(chance(0.5) ? { disabilityConfident: chance(0.5) } : {}),
          ...(chance(0.3) ? { organisationId: pick(orgs) } : {}),
        },
      });
    else if (what === 2)
      await prisma.placement.update({
        where: { id: placement },
        data: { state: pick(apprenticeshipStates) },
      });
    else if (what === 3)
      await prisma.placement.update({
        where: { id: placement },
        data: {
          description: text(4),
          format: pick(placementFormats).id,
          yearGroups: someYears(),
          ...(chance(0.5) ? { sector: pick(sectors) } : {}),
          ...(chance(0.5) ? { localAuthority: pick(localAuthorityIds.slice(0, 4)) } : {}),
        },
      });
    else if (what === 4) {
      // Verified, or the check taken back: all its postings are listed or hidden.
      const org = pick(orgs);
      const { verificationStatus } = await prisma.organisation.findUniqueOrThrow({
        where: { id: org },
        select: { verificationStatus: true },
      });
      await prisma.organisation.update({
        where: { id: org },
        data: { verificationStatus: verificationStatus === "verified" ? "unverified" : "verified" },
      });
    } else if (what === 5) {
      await prisma.organisation.update({
        where: { id: pick(orgs) },
        data: { name: `${text(1)} ${Math.floor(random() * 1000)} Ltd` },
      });
    } else if (what === 6) {
      // A former employer: the placement stays, with no organisation.
      await prisma.placement.update({ where: { id: placement }, data: { organisationId: null } });
    } else if (what === 7) {
      if (chance(0.5)) {
        await prisma.apprenticeship.delete({ where: { id: apprenticeship } });
        apprenticeships.splice(apprenticeships.indexOf(apprenticeship), 1);
      } else {
        await prisma.placement.delete({ where: { id: placement } });
        placements.splice(placements.indexOf(placement), 1);
      }
    } else if (chance(0.5)) await newApprenticeship();
    else await newPlacement();
  }

  function apprenticeshipParams() {
    const params = new URLSearchParams({ q: chance(0.2) ? pick(words).slice(0, 3) : text(1) });
    if (chance(0.2)) params.append("q", pick(words));
    if (chance(0.1)) params.set("q", text(2));
    if (chance(0.4)) params.append("level", String(pick(apprenticeshipLevels)));
    if (chance(0.2)) params.append("level", String(pick(apprenticeshipLevels)));
    if (chance(0.4)) params.set("la", pick(localAuthorityIds));
    if (chance(0.3)) params.set("route", pick(apprenticeshipRoutes).id);
    if (chance(0.3)) params.set("wage", pick(wageTypeIds));
    if (chance(0.2)) params.set("disabilityConfident", "on");
    if (chance(0.1)) params.set("employer", pick(orgs));
    params.set("sort", pick(["relevance", "closing", "newest"]));
    return params;
  }

  function placementParams() {
    const params = new URLSearchParams({ q: chance(0.2) ? pick(words).slice(0, 3) : text(1) });
    if (chance(0.1)) params.set("q", text(2));
    if (chance(0.3)) params.set("sector", pick(sectors));
    if (chance(0.4)) params.set("la", pick(localAuthorityIds.slice(0, 4)));
    if (chance(0.3)) params.set("format", pick(placementFormats).id);
    if (chance(0.3)) params.set("hideOnline", "on");
    if (chance(0.4)) params.set("year", pick(yearGroupIds));
    if (chance(0.2))
      params.set(
        "from",
        dayFrom(now, Math.floor(random() * 30))
          .toISOString()
          .slice(0, 10),
      );
    if (chance(0.2))
      params.set(
        "to",
        dayFrom(now, Math.floor(random() * 40))
          .toISOString()
          .slice(0, 10),
      );
    params.set("sort", pick(["relevance", "starting", "newest"]));
    return params;
  }

  const rows = (sql: Prisma.Sql) => prisma.$queryRaw<Record<string, unknown>[]>(sql);

  /** Every posting that passes the conditions carries the tokens asked for. */
  async function tokensMissed(table: SearchTable, conditions: readonly Condition<string>[]) {
    const tokens = filterTokenQuery(table, conditions);
    if (!tokens) return [];
    const filterSearch = Prisma.raw(`"${table}FilterSearch"`);
    return rows(Prisma.sql`SELECT t.id FROM ${Prisma.raw(`"${table}"`)} t
      WHERE ${sqlOf(conditions, "t")}
      AND t.rowid NOT IN (SELECT rowid FROM ${filterSearch} WHERE ${filterSearch} MATCH ${tokens})`);
  }

  test("after random writes, random searches of both kinds", async () => {
    for (let i = 0; i < 6; i++) orgs.push((await makeOrg("sme", i < 5)).id);
    for (let i = 0; i < 50; i++) await newApprenticeship();
    for (let i = 0; i < 50; i++) await newPlacement();

    let listed = 0;
    let narrowed = 0;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 25; i++) await write();
      for (let i = 0; i < 30; i++) {
        const kind = i % 2 === 0 ? "Apprenticeship" : "Placement";
        const params = kind === "Apprenticeship" ? apprenticeshipParams() : placementParams();
        const match = ftsQuery(params.getAll("q").join(" "));
        params.set("q", params.getAll("q").join(" "));
        if (!match) continue;
        const [query, conditions] =
          kind === "Apprenticeship"
            ? [
                apprenticeshipQuery(apprenticeshipFilters(params), match, now),
                apprenticeshipConditions(apprenticeshipFilters(params), now),
              ]
            : [
                placementQuery(placementFilters(params), now),
                placementConditions(placementFilters(params), now),
              ];
        expect(query.filters, params.toString()).not.toBeNull();
        for (const skip of [0, 10]) {
          const withTokens = pageQueries({ ...query, skip });
          const without = pageQueries({ ...query, filters: null, skip });
          const found = await rows(withTokens.page);
          expect(found, params.toString()).toEqual(await rows(without.page));
          expect(await rows(withTokens.count), params.toString()).toEqual(
            await rows(without.count),
          );
          if (skip === 0 && found.length > 0) listed++;
        }
        expect(await tokensMissed(kind, conditions), params.toString()).toEqual([]);
        // The filter table does narrow: fewer rowids pass the tokens than postings exist.
        const filterSearch = Prisma.raw(`"${kind}FilterSearch"`);
        const [{ n } = { n: 0 }] = await prisma.$queryRaw<{ n: number | bigint }[]>(
          Prisma.sql`SELECT COUNT(*) AS n FROM ${filterSearch} WHERE ${filterSearch} MATCH ${query.filters}`,
        );
        const all = kind === "Apprenticeship" ? apprenticeships.length : placements.length;
        if (Number(n) < all) narrowed++;
      }
    }
    // Not a vacuous comparison: most searches listed something, and the tokens narrowed.
    expect(listed).toBeGreaterThan(60);
    expect(narrowed).toBeGreaterThan(100);
  }, 120_000);
});

import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { whereOf } from "./conditions.server";
import {
  dueToCloseConditions,
  liveApprenticeshipWhere,
  livePlacementWhere,
  liveSql,
} from "./live.server";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";

// Half past midnight in London (BST): "today" is London's 11 June, though UTC still says the 10th.
const now = new Date("2027-06-10T23:30:00Z");
const ids: Record<string, string> = {};
let organisationId = "";

beforeAll(async () => {
  organisationId = (await makeOrg("sme")).id;
  for (const [name, closingInDays] of [
    ["closedYesterday", -1],
    ["lastDay", 0],
    ["tomorrow", 1],
  ] as const)
    ids[`a.${name}`] = (await makeApprenticeship(organisationId, now, { closingInDays })).id;
  ids["a.draft"] = (await makeApprenticeship(organisationId, now, { state: "draft" })).id;
  ids["a.closed"] = (await makeApprenticeship(organisationId, now, { state: "closed" })).id;
  for (const [name, startInDays] of [
    ["startedYesterday", -1],
    ["startsToday", 0],
    ["startsTomorrow", 1],
  ] as const)
    ids[`p.${name}`] = (await makePlacement(organisationId, now, { startInDays })).id;
  ids["p.draft"] = (await makePlacement(organisationId, now, { state: "draft" })).id;
});

const names = (rows: { id: string }[]) =>
  rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id)).sort();

describe("is this posting live", () => {
  test("an apprenticeship is live through its closing date, then due to close", async () => {
    const mine = { organisationId };
    const viaPrisma = await prisma.apprenticeship.findMany({
      where: { ...mine, ...liveApprenticeshipWhere(now) },
      select: { id: true },
    });
    const viaSql = await prisma.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Apprenticeship" a WHERE a."organisationId" = ${organisationId} AND ${liveSql("apprenticeship", now, "a")}`;
    const due = await prisma.apprenticeship.findMany({
      where: {
        ...mine,
        ...whereOf<Prisma.ApprenticeshipWhereInput>(dueToCloseConditions("apprenticeship", now)),
      },
      select: { id: true },
    });
    expect(names(viaPrisma)).toEqual(["a.lastDay", "a.tomorrow"]);
    expect(names(viaSql)).toEqual(names(viaPrisma));
    expect(names(due)).toEqual(["a.closedYesterday"]);
  });

  test("a placement is live until the day before it starts, then due to close", async () => {
    const mine = { organisationId };
    const viaPrisma = await prisma.placement.findMany({
      where: { ...mine, ...livePlacementWhere(now) },
      select: { id: true },
    });
    const viaSql = await prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM "Placement" p WHERE p."organisationId" = ${organisationId} AND ${liveSql("placement", now, "p")}`;
    const due = await prisma.placement.findMany({
      where: {
        ...mine,
        ...whereOf<Prisma.PlacementWhereInput>(dueToCloseConditions("placement", now)),
      },
      select: { id: true },
    });
    expect(names(viaPrisma)).toEqual(["p.startsTomorrow"]);
    expect(names(viaSql)).toEqual(names(viaPrisma));
    expect(names(due)).toEqual(["p.startedYesterday", "p.startsToday"]);
  });
});

describe("only a verified organisation's postings are live", () => {
  test.each(["unverified", "declined", "revoked"] as const)(
    "a posting marked live for an employer whose status is %s is not listed, by Prisma or by SQL",
    async (status) => {
      const employer = await makeOrg("sme");
      const apprenticeship = await makeApprenticeship(employer.id, now);
      const placement = await makePlacement(employer.id, now);
      const where = { organisationId: employer.id };
      const live = async () => ({
        apprenticeships: await prisma.apprenticeship.count({
          where: { ...where, ...liveApprenticeshipWhere(now) },
        }),
        placements: await prisma.placement.count({
          where: { ...where, ...livePlacementWhere(now) },
        }),
        viaSql: await prisma.$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Apprenticeship" a WHERE a.id = ${apprenticeship.id} AND ${liveSql("apprenticeship", now, "a")}
          UNION ALL
          SELECT p.id FROM "Placement" p WHERE p.id = ${placement.id} AND ${liveSql("placement", now, "p")}`,
      });
      expect(await live()).toEqual({
        apprenticeships: 1,
        placements: 1,
        viaSql: expect.any(Array),
      });
      expect((await live()).viaSql).toHaveLength(2);

      await prisma.organisation.update({
        where: { id: employer.id },
        data: { verificationStatus: status },
      });
      expect(await live()).toEqual({ apprenticeships: 0, placements: 0, viaSql: [] });
    },
  );
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { peerFactsOf } from "~/readiness/peer-groups.server";
import { findResult, previousOf, readinessSummary, scoreSelect } from "~/readiness/checks.server";
import { makeUser } from "../../../tests/factories";
import { resultsPageData } from "./queries.server";

/** The submitted check before `submittedAt`, read on its own, as the page once did. */
async function previousBefore(organisationId: string, submittedAt: Date) {
  const check = await prisma.readinessCheck.findFirst({
    where: { organisationId, status: "submitted", submittedAt: { lt: submittedAt } },
    orderBy: { submittedAt: "desc" },
    select: { id: true, submittedAt: true, ...scoreSelect },
  });
  return check ? previousOf(check) : null;
}

async function check(
  organisationId: string,
  data: { status: "submitted" | "in-progress"; day: number; overall?: number; isLatest?: boolean },
) {
  const { id } = await prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: "2026.1",
      status: data.status,
      isLatest: data.isLatest ?? false,
      overall: data.overall ?? null,
      band: data.overall === undefined ? null : "Developing",
      scoreStrategy: data.overall ?? null,
      scoreCyber: 40,
      startedAt: new Date(Date.UTC(2026, 0, data.day)),
      submittedAt: data.status === "submitted" ? new Date(Date.UTC(2026, 0, data.day + 1)) : null,
    },
    select: { id: true },
  });
  return id;
}

describe("the results page's one read", () => {
  test("gives what the separate queries gave, for every result of the firm", async () => {
    const sme = await makeUser("sme");
    await prisma.organisation.update({
      where: { id: sme.organisationId },
      data: { sector: "C", sizeBand: "small", meetingFormat: "online" },
    });
    const ids = [
      await check(sme.organisationId, { status: "submitted", day: 2, overall: 20 }),
      await check(sme.organisationId, { status: "submitted", day: 9, overall: 35 }),
      await check(sme.organisationId, {
        status: "submitted",
        day: 20,
        overall: 61,
        isLatest: true,
      }),
    ];
    await check(sme.organisationId, { status: "in-progress", day: 22 });
    const organisation = await prisma.organisation.findUniqueOrThrow({
      where: { id: sme.organisationId },
      select: {
        id: true,
        name: true,
        sector: true,
        sizeBand: true,
        localAuthority: true,
        meetingFormat: true,
      },
    });
    for (const id of ids) {
      const page = await resultsPageData(sme.organisationId, id);
      const {
        answers: _answers,
        everyone: _everyone,
        facts,
        ...result
      } = (await findResult(sme.organisationId, id))!;
      expect(page?.organisation).toStrictEqual(organisation);
      expect(page?.result).toStrictEqual(result);
      expect(page?.peerFacts).toStrictEqual(peerFactsOf(organisation, facts));
      expect(page?.previous).toStrictEqual(
        await previousBefore(sme.organisationId, result.submittedAt),
      );
      expect(page?.summary).toStrictEqual(await readinessSummary(sme.organisationId));
      expect(page?.latest?.id).toBe(ids[2]);
      expect(page?.latest?.overall).toBe(61);
    }
  });

  test("another firm's result, a check in progress, or an unknown id reads as missing", async () => {
    const mine = await makeUser("sme");
    const theirs = await makeUser("sme");
    const their = await check(theirs.organisationId, { status: "submitted", day: 3, overall: 50 });
    const draft = await check(mine.organisationId, { status: "in-progress", day: 3 });
    expect(await resultsPageData(mine.organisationId, their)).toBeNull();
    expect(await resultsPageData(mine.organisationId, draft)).toBeNull();
    expect(await resultsPageData(mine.organisationId, "nope")).toBeNull();
    expect(await resultsPageData("no-such-firm", their)).toBeNull();
  });
});

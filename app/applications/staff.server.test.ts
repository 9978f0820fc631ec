import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { applicationTotals, organisationApplicationCounts, totalOf } from "./staff.server";

let counter = 0;

async function applications(vacancyId: string, states: string[]) {
  for (const state of states)
    await prisma.application.create({
      data: {
        apprenticeshipId: vacancyId,
        email: `count-${++counter}@unit.test`,
        state: state as "new",
        submittedAt: state === "draft" ? null : new Date(),
      },
    });
}

describe("application counts for staff", () => {
  test("per vacancy of one organisation, by state, without drafts or other firms' applications", async () => {
    const org = await makeOrg("sme");
    const first = await makeApprenticeship(org.id, new Date(), { title: "First" });
    const second = await makeApprenticeship(org.id, new Date(), { title: "Second" });
    await prisma.apprenticeship.updateMany({
      where: { id: { in: [first.id, second.id] } },
      data: { applyMethod: "portal" },
    });
    await applications(first.id, ["new", "new", "hired", "draft", "unsuccessful"]);
    const other = await makeOrg("sme");
    const theirs = await makeApprenticeship(other.id, new Date());
    await applications(theirs.id, ["new", "hired"]);

    const rows = await organisationApplicationCounts(org.id);
    expect(rows.map((r) => r.title).sort()).toEqual(["First", "Second"]);
    const firstRow = rows.find((r) => r.title === "First")!;
    expect(firstRow.counts).toMatchObject({ new: 2, hired: 1, unsuccessful: 1, reviewing: 0 });
    expect(totalOf(firstRow.counts)).toBe(4);
    expect(totalOf(rows.find((r) => r.title === "Second")!.counts)).toBe(0);

    const before = await applicationTotals();
    await applications(second.id, ["offered", "draft"]);
    const after = await applicationTotals();
    expect(after.offered - before.offered).toBe(1);
    expect(totalOf(after) - totalOf(before)).toBe(1);
  });
});

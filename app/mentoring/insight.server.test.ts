import { expect, test } from "vitest";
import { prisma } from "~/db.server";
import { lowScoresBy } from "./insight.server";

const DAY = 86_400_000;

async function smeWithCheck(
  localAuthority: string,
  sector: string,
  workforce: number,
  olderWorkforce?: number,
) {
  const org = await prisma.organisation.create({
    data: { name: "Firm", kind: "sme", localAuthority, sector },
    select: { id: true },
  });
  const checks = [
    // Before this week: the board counts checks up to the end of the last complete week.
    { workforce, submittedAt: new Date(Date.now() - 8 * DAY), isLatest: true },
    ...(olderWorkforce === undefined
      ? []
      : [
          {
            workforce: olderWorkforce,
            submittedAt: new Date(Date.now() - 40 * DAY),
            isLatest: false,
          },
        ]),
  ];
  for (const check of checks) {
    await prisma.readinessCheck.create({
      data: {
        organisationId: org.id,
        bankVersion: "1",
        status: "submitted",
        isLatest: check.isLatest,
        submittedAt: check.submittedAt,
        scoreStrategy: 70,
        scoreReadiness: 70,
        scoreWorkforce: check.workforce,
        scoreData: 40,
        scoreAutomation: 70,
        scoreCyber: 70,
      },
    });
  }
}

test("counts low scores per area from latest checks, and hides groups under 5 firms", async () => {
  for (const workforce of [10, 20, 30, 60, 70]) await smeWithCheck("walsall", "C", workforce);
  await smeWithCheck("walsall", "C", 80, 5); // its older check is ignored
  for (const workforce of [10, 20, 30, 40, 50]) await smeWithCheck("coventry", "C", workforce);
  for (const workforce of [10, 20]) await smeWithCheck("dudley", "G", workforce);

  const byArea = await lowScoresBy("localAuthority");
  expect(byArea.find((r) => r.group === "walsall")).toEqual({
    group: "walsall",
    hidden: false,
    total: 6,
    low: { strategy: 0, readiness: 0, workforce: 3, data: 6, automation: 0, cyber: 0 },
  });
  expect(byArea.find((r) => r.group === "dudley")).toEqual({
    group: "dudley",
    hidden: true,
    why: "small",
  });
  // Dudley alone hidden would be the by-sector total minus the rest: the smallest other area goes too.
  expect(byArea.find((r) => r.group === "coventry")).toEqual({
    group: "coventry",
    hidden: true,
    why: "secondary",
  });
  const bySector = await lowScoresBy("sector");
  expect(bySector.find((r) => r.group === "G")).toEqual({ group: "G", hidden: true, why: "small" });
});

test("hides one more group beside a small one, so the other table's total gives nothing away", async () => {
  // By area: Coventry 6 and Sandwell 2. Every firm also counts in the by-sector
  // table, so Sandwell alone hidden would be that table's total minus Coventry.
  for (const workforce of [10, 20, 30, 40, 60, 70]) await smeWithCheck("coventry", "F", workforce);
  for (const workforce of [10, 20]) await smeWithCheck("sandwell", "F", workforce);
  const byArea = await lowScoresBy("localAuthority");
  const shown = byArea.filter((r) => !r.hidden);
  const hidden = byArea.filter((r) => r.hidden);
  expect(hidden.map((r) => r.group)).toContain("sandwell");
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  expect(hidden.filter((r) => r.hidden && r.why === "secondary").length).toBeGreaterThan(0);
  expect(shown.every((r) => !r.hidden && r.total >= 5)).toBe(true);
});

test("a check sent this week is not counted until the week is over", async () => {
  const org = await prisma.organisation.create({
    data: { name: "Fresh firm", kind: "sme", localAuthority: "wolverhampton", sector: "Q" },
    select: { id: true },
  });
  await prisma.readinessCheck.create({
    data: {
      organisationId: org.id,
      bankVersion: "1",
      status: "submitted",
      isLatest: true,
      submittedAt: new Date(),
      scoreWorkforce: 10,
    },
  });
  const bySector = await lowScoresBy("sector");
  expect(bySector.find((r) => r.group === "Q")).toBeUndefined();
  const nextWeek = new Date(Date.now() + 8 * 86_400_000);
  expect((await lowScoresBy("sector", nextWeek)).find((r) => r.group === "Q")).toBeDefined();
});

import { expect, test } from "vitest";
import { prisma } from "~/db.server";
import { lowScoresBy } from "./insight.server";

async function smeWithCheck(
  localAuthority: string,
  sector: string,
  workforce: number,
  isLatest = true,
) {
  const org = await prisma.organisation.create({
    data: { name: "Firm", kind: "sme", localAuthority, sector },
    select: { id: true },
  });
  await prisma.readinessCheck.create({
    data: {
      organisationId: org.id,
      bankVersion: "1",
      status: "submitted",
      isLatest,
      submittedAt: new Date(),
      scoreStrategy: 70,
      scoreReadiness: 70,
      scoreWorkforce: workforce,
      scoreData: 40,
      scoreAutomation: 70,
      scoreCyber: 70,
    },
  });
}

test("counts low scores per area from latest checks, and hides groups under 5 firms", async () => {
  for (const workforce of [10, 20, 30, 60, 80]) await smeWithCheck("walsall", "C", workforce);
  await smeWithCheck("walsall", "C", 5, false); // not the latest: ignored
  for (const workforce of [10, 20]) await smeWithCheck("dudley", "G", workforce);

  const byArea = await lowScoresBy("localAuthority");
  expect(byArea.find((r) => r.group === "walsall")).toEqual({
    group: "walsall",
    hidden: false,
    total: 5,
    low: { strategy: 0, readiness: 0, workforce: 3, data: 5, automation: 0, cyber: 0 },
  });
  expect(byArea.find((r) => r.group === "dudley")).toEqual({ group: "dudley", hidden: true });
  const bySector = await lowScoresBy("sector");
  expect(bySector.find((r) => r.group === "G")).toEqual({ group: "G", hidden: true });
});

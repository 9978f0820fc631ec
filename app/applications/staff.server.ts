// What partnership staff see of applications: counts only (issue 12). Staff
// never read applicants' answers here; the one exception is an application an
// employer reported to them (reports.server.ts, decision 042).
import { prisma } from "~/db.server";
import { sentStates, type SentState } from "./application-state";

export type StateCounts = Record<SentState, number>;

const noCounts = (): StateCounts =>
  Object.fromEntries(sentStates.map((s) => [s, 0])) as StateCounts;

export const totalOf = (counts: StateCounts) =>
  sentStates.reduce((sum, state) => sum + counts[state], 0);

/**
 * Each of an organisation's vacancies that take applications here, with its
 * sent applications by state (one grouped query, not one per vacancy).
 */
export async function organisationApplicationCounts(organisationId: string) {
  const [vacancies, groups] = await Promise.all([
    prisma.apprenticeship.findMany({
      where: { organisationId, applyMethod: "portal" },
      select: { id: true, title: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    prisma.application.groupBy({
      by: ["apprenticeshipId", "state"],
      where: { apprenticeship: { organisationId }, state: { not: "draft" } },
      _count: { _all: true },
    }),
  ]);
  const byVacancy = new Map(vacancies.map((v) => [v.id, noCounts()]));
  for (const g of groups) {
    const counts = byVacancy.get(g.apprenticeshipId);
    if (counts && g.state !== "draft") counts[g.state] = g._count._all;
  }
  return vacancies.map((v) => ({ ...v, counts: byVacancy.get(v.id) ?? noCounts() }));
}

/** Every sent application on SkillsBridge by state, for the staff overview. */
export async function applicationTotals(): Promise<StateCounts> {
  const groups = await prisma.application.groupBy({
    by: ["state"],
    where: { state: { not: "draft" } },
    _count: { _all: true },
  });
  const counts = noCounts();
  for (const g of groups) if (g.state !== "draft") counts[g.state] = g._count._all;
  return counts;
}

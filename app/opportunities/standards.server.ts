// Apprenticeship standards as data (issue 17): a small table written by its
// migration from the national list (prisma/migrations/*_apprenticeship_standards).
// The results page offers the ones that build workforce digital skills, each a
// link to a new vacancy with the standard filled in; the vacancy form offers
// every one as a suggestion and still takes any other standard.
import { prisma } from "~/db.server";
import { apprenticeshipRoutes } from "./options";

export type Standard = {
  id: string;
  name: string;
  level: number;
  typicalDurationMonths: number;
  route: string;
  source: string;
  forWorkforceSkills: boolean;
};

/** Every standard, in the results page's order, then by name. */
export function listStandards(): Promise<Standard[]> {
  return prisma.apprenticeshipStandard.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      level: true,
      typicalDurationMonths: true,
      route: true,
      source: true,
      forWorkforceSkills: true,
    },
  });
}

/** The standards that build workforce digital skills in-house. */
export async function workforceStandards(): Promise<Standard[]> {
  return (await listStandards()).filter((s) => s.forWorkforceSkills);
}

/** The vacancy form's values a standard fills in: its name, level, route and typical duration. */
export function vacancyValuesFor(standard: Standard): Record<string, string> {
  const knownRoute = apprenticeshipRoutes.some((r) => r.id === standard.route);
  return {
    standard: standard.name,
    level: String(standard.level),
    route: knownRoute ? standard.route : "",
    durationMonths: String(standard.typicalDurationMonths),
  };
}

/** The values for `?standard=ST0120` on the new-vacancy page, or none for an unknown one. */
export async function vacancyValuesForId(id: string | null): Promise<Record<string, string>> {
  if (!id) return {};
  const standard = (await listStandards()).find((s) => s.id === id);
  return standard ? vacancyValuesFor(standard) : {};
}

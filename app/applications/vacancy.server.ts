// The vacancy as the application pages need it: whether it takes applications
// now, and what it asks.
import { notFound } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { employerQuestions, takesApplications } from "./rules";

export const vacancyForApplyingSelect = {
  id: true,
  title: true,
  state: true,
  applyMethod: true,
  closingDate: true,
  applicationsClosedAt: true,
  disabilityConfident: true,
  question1: true,
  question2: true,
  question3: true,
  organisationId: true,
  organisation: { select: { name: true } },
} as const;

export async function findVacancyForApplying(id: string) {
  const row = await prisma.apprenticeship.findFirst({
    where: { id, applyMethod: "portal" },
    select: vacancyForApplyingSelect,
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    employer: row.organisation.name,
    organisationId: row.organisationId,
    closingDate: row.closingDate,
    disabilityConfident: row.disabilityConfident,
    questions: employerQuestions(row),
    open: takesApplications(row, new Date()),
  };
}

export type VacancyForApplying = NonNullable<Awaited<ReturnType<typeof findVacancyForApplying>>>;

/** The vacancy, 404 when it never took applications here; `open` says whether it still does. */
export async function requireVacancyForApplying(id: string) {
  const vacancy = await findVacancyForApplying(id);
  if (!vacancy) notFound("This apprenticeship does not take applications on SkillsBridge.");
  return vacancy;
}

// When the last person at an employer leaves, its vacancies go, and their
// applications and CVs with them (the schema's cascades). Applicants have no
// account where they would see that, so each one still waiting to hear, or
// hired, is told by email, after the deletion has been written.
import type { Prisma } from "~/generated/prisma/client";
import { sendEmail } from "~/email/mailer.server";
import { employerLeftApplicantMessage } from "~/email/templates.server";
import type { ApplicationState } from "./application-state";

type Tx = Pick<Prisma.TransactionClient, "application">;

export type ApplicantToTell = { email: string; title: string; employer: string };

/** The applications whose people hear: not drafts (never sent), not ended (unsuccessful, withdrawn). */
const toldStates = [
  "new",
  "reviewing",
  "interviewing",
  "offered",
  "hired",
] as const satisfies readonly ApplicationState[];

/** Inside the leaving transaction, before the organisation goes: who to tell. */
export async function applicantsToTellOnEmployerLeaving(
  tx: Tx,
  organisationId: string,
): Promise<ApplicantToTell[]> {
  const rows = await tx.application.findMany({
    where: { apprenticeship: { organisationId }, state: { in: [...toldStates] } },
    select: {
      email: true,
      apprenticeship: { select: { title: true, organisation: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    email: row.email,
    title: row.apprenticeship.title,
    employer: row.apprenticeship.organisation.name,
  }));
}

/** One email each; a failed send is logged and the others still go. */
export async function tellApplicantsEmployerLeft(applicants: ApplicantToTell[]) {
  for (const applicant of applicants) {
    try {
      await sendEmail(employerLeftApplicantMessage(applicant.email, applicant));
    } catch (error) {
      console.error(
        "Could not tell an applicant the employer left:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

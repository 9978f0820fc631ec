// The employer's side: read a vacancy's applications, move them on, close
// applications early. Every read and write names the employer's organisation in
// its `where` (through the vacancy), so another firm's application is not found.
import { applicationAnswersSelect } from "./applicant-session.server";
import { cvSummarySelect } from "./cv.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { getUser, notFound as notFoundResponse } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { applicationMovedMessage } from "~/email/templates.server";
import type { Prisma } from "~/generated/prisma/client";
import { pageWindow } from "~/components/pagination";
import {
  applicantMessageFor,
  canEmployerMove,
  isOpen,
  sentStates,
  stateLabels,
  type ApplicationState,
  type SentState,
} from "./application-state";

export const APPLICATIONS_PAGE_SIZE = 25;

type Employer = { organisationId: string };

/** One of the employer's vacancies that takes applications here, or null. */
export function employerVacancy(employer: Employer, vacancyId: string) {
  return prisma.apprenticeship.findFirst({
    where: { id: vacancyId, organisationId: employer.organisationId, applyMethod: "portal" },
    select: {
      id: true,
      title: true,
      state: true,
      closingDate: true,
      applicationsClosedAt: true,
      applyMethod: true,
      question1: true,
      question2: true,
      question3: true,
      disabilityConfident: true,
      organisation: { select: { name: true } },
    },
  });
}

/** Sent applications of one vacancy by state (drafts are the applicant's alone). */
export async function applicationCounts(vacancyId: string): Promise<Record<SentState, number>> {
  const groups = await prisma.application.groupBy({
    by: ["state"],
    where: { apprenticeshipId: vacancyId, state: { not: "draft" } },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(sentStates.map((s) => [s, 0])) as Record<SentState, number>;
  for (const g of groups) if (g.state !== "draft") counts[g.state] = g._count._all;
  return counts;
}

export type ApplicationFilter = { state: SentState | null; guaranteedInterview: boolean };

/**
 * A page of a vacancy's sent applications, newest first. Given the counts by
 * state (the page has them anyway), a list filtered by state alone takes its
 * total from them instead of counting again.
 */
export async function listApplications(
  vacancyId: string,
  filter: ApplicationFilter,
  page: number,
  counts?: Record<SentState, number>,
) {
  const where: Prisma.ApplicationWhereInput = {
    apprenticeshipId: vacancyId,
    state: filter.state ?? { not: "draft" },
    ...(filter.guaranteedInterview ? { guaranteedInterview: true } : {}),
  };
  const known =
    counts && !filter.guaranteedInterview
      ? filter.state
        ? counts[filter.state]
        : sentStates.reduce((sum, s) => sum + counts[s], 0)
      : undefined;
  const total = known ?? (await prisma.application.count({ where }));
  const window = pageWindow(total, page, APPLICATIONS_PAGE_SIZE);
  const rows = await prisma.application.findMany({
    where,
    select: {
      id: true,
      name: true,
      state: true,
      submittedAt: true,
      localAuthority: true,
      outcode: true,
      guaranteedInterview: true,
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
  });
  return { rows, window };
}

/** One sent application of the employer's, with every answer. */
export function employerApplication(employer: Employer, vacancyId: string, applicationId: string) {
  return prisma.application.findFirst({
    where: {
      id: applicationId,
      apprenticeshipId: vacancyId,
      state: { not: "draft" },
      apprenticeship: { organisationId: employer.organisationId },
    },
    select: {
      ...applicationAnswersSelect,
      feedback: true,
      state: true,
      submittedAt: true,
      stateChangedAt: true,
      cv: { select: cvSummarySelect },
    },
  });
}

async function tellApplicant(
  email: string,
  to: ApplicationState,
  vacancy: { title: string; employer: string },
  feedback: string | null,
) {
  const message = applicantMessageFor(to, vacancy);
  if (!message) return;
  try {
    await sendEmail(
      applicationMovedMessage(
        email,
        `Your application for ${vacancy.title}: ${stateLabels[to].toLowerCase()}`,
        message,
        feedback,
      ),
    );
  } catch (error) {
    console.error(
      "Could not send an application email:",
      error instanceof Error ? error.message : error,
    );
  }
}

export const cannotMoveMessage =
  "That application cannot be moved there now. It may have been moved already, or withdrawn.";

/**
 * Move one application one step (or to unsuccessful, with optional feedback
 * for the applicant). The state it was read in is in the `where`, so two people
 * moving it at once cannot both succeed, and a withdrawal meanwhile wins.
 */
export async function moveApplication(
  employer: Employer,
  vacancyId: string,
  applicationId: string,
  to: ApplicationState,
  feedback: string | null,
  now = new Date(),
): Promise<CommandResult<{ state: ApplicationState }>> {
  const app = await prisma.application.findFirst({
    where: {
      id: applicationId,
      apprenticeshipId: vacancyId,
      state: { not: "draft" },
      apprenticeship: { organisationId: employer.organisationId },
    },
    select: {
      state: true,
      email: true,
      apprenticeship: { select: { title: true, organisation: { select: { name: true } } } },
    },
  });
  if (!app) return notFound();
  if (!canEmployerMove(app.state, to)) return refused(cannotMoveMessage);
  const kept = to === "unsuccessful" ? feedback : null;
  const { count } = await prisma.application.updateMany({
    where: { id: applicationId, state: app.state },
    data: { state: to, stateChangedAt: now, feedback: kept },
  });
  if (count === 0) return refused(cannotMoveMessage);
  await tellApplicant(
    app.email,
    to,
    { title: app.apprenticeship.title, employer: app.apprenticeship.organisation.name },
    kept,
  );
  return done({ state: to });
}

/**
 * Mark several open applications unsuccessful with one message. Ones that are
 * not open any more (hired, withdrawn meanwhile) are left as they are and not
 * counted.
 */
export async function markManyUnsuccessful(
  employer: Employer,
  vacancyId: string,
  applicationIds: string[],
  feedback: string | null,
  now = new Date(),
): Promise<CommandResult<{ count: number }>> {
  const vacancy = await employerVacancy(employer, vacancyId);
  if (!vacancy) return notFound();
  const open = await prisma.application.findMany({
    where: { id: { in: applicationIds }, apprenticeshipId: vacancyId },
    select: { id: true, state: true, email: true },
  });
  let moved = 0;
  for (const app of open) {
    if (!isOpen(app.state)) continue;
    const { count } = await prisma.application.updateMany({
      where: { id: app.id, state: app.state },
      data: { state: "unsuccessful", stateChangedAt: now, feedback },
    });
    if (count === 0) continue;
    moved++;
    await tellApplicant(
      app.email,
      "unsuccessful",
      { title: vacancy.title, employer: vacancy.organisation.name },
      feedback,
    );
  }
  if (moved === 0) return refused("Choose at least one open application", "ids");
  return done({ count: moved });
}

/** Stop taking applications before the closing date. The vacancy stays live to read. */
export async function closeApplicationsEarly(
  employer: Employer,
  vacancyId: string,
  now = new Date(),
): Promise<CommandResult> {
  const { count } = await prisma.apprenticeship.updateMany({
    where: {
      id: vacancyId,
      organisationId: employer.organisationId,
      applyMethod: "portal",
      applicationsClosedAt: null,
    },
    data: { applicationsClosedAt: now },
  });
  if (count === 1) return done();
  const vacancy = await employerVacancy(employer, vacancyId);
  return vacancy ? refused("Applications are already closed.") : notFound();
}

/**
 * The signed-in SME member asking for a vacancy's applications. Anyone else
 * (signed out, a school, a board member, staff) gets the same 404 as a stranger
 * to the vacancy: applicants' data is not even admitted to exist.
 */
export async function requireApplicationsReader(request: Request) {
  const user = await getUser(request);
  if (!user || user.role !== "sme") notFoundResponse();
  return user;
}

// "Report this application": an employer asks partnership staff to look at one
// application (abuse, spam, or a worry for the applicant's safety). Staff see
// application counts only, except an application reported to them: then they
// read that one, with the report, and close the report with an outcome, as
// they close placement concerns (the same outcomes, opportunities/concerns.ts).
// Decision 042. Reports go with their application (retention deletes both).
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import {
  concernOutcomeLabel,
  outcomeForRaiser,
  type ConcernOutcome,
} from "~/opportunities/concerns";
import { formatDate } from "~/time/format";
import { applicationAnswersSelect } from "./applicant-session.server";
import { cvSummarySelect } from "./cv.server";

export const alreadyReportedMessage =
  "You have already reported this application. The partnership team is looking at it.";
export const reportAlreadyClosedMessage = "This report has already been closed.";

type Reporter = { id: string; organisationId: string };

/** The employer's open report on one of its applications, if any (shown on its page). */
export function openReportOn(applicationId: string) {
  return prisma.applicationReport.findFirst({
    where: { applicationId, closedAt: null },
    select: { id: true, createdAt: true },
  });
}

/**
 * The employer reports one of its own sent applications. Ownership is in the
 * `where` (through the vacancy); one open report per application is enough.
 */
export async function reportApplication(
  reporter: Reporter,
  vacancyId: string,
  applicationId: string,
  details: string,
  now = new Date(),
): Promise<CommandResult> {
  const application = await prisma.application.findFirst({
    where: {
      id: applicationId,
      apprenticeshipId: vacancyId,
      state: { not: "draft" },
      apprenticeship: { organisationId: reporter.organisationId },
    },
    select: { id: true, reports: { where: { closedAt: null }, select: { id: true } } },
  });
  if (!application) return notFound();
  if (application.reports.length > 0) return refused(alreadyReportedMessage, "details");
  await prisma.applicationReport.create({
    data: { applicationId, raisedById: reporter.id, details, createdAt: now },
    select: { id: true },
  });
  return done();
}

const queueSelect = {
  id: true,
  createdAt: true,
  closedAt: true,
  outcome: true,
  raisedBy: { select: { name: true } },
  application: {
    select: {
      apprenticeship: {
        select: { id: true, title: true, organisation: { select: { id: true, name: true } } },
      },
    },
  },
} as const;

/** Open reports, oldest first (the staff queue). */
export function applicationReportQueue() {
  return prisma.applicationReport.findMany({
    where: { closedAt: null },
    select: queueSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
  });
}

/** The most recently closed reports, newest first. */
export function closedApplicationReports() {
  return prisma.applicationReport.findMany({
    where: { closedAt: { not: null } },
    select: queueSelect,
    orderBy: [{ closedAt: "desc" }, { id: "desc" }],
    take: 20,
  });
}

export function openApplicationReportCount() {
  return prisma.applicationReport.count({ where: { closedAt: null } });
}

/** One report as staff read it: the report, and the one application it is about. */
export function applicationReportForStaff(reportId: string) {
  return prisma.applicationReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      details: true,
      createdAt: true,
      closedAt: true,
      outcome: true,
      outcomeNote: true,
      raisedBy: { select: { name: true, email: true } },
      closedBy: { select: { name: true } },
      application: {
        select: {
          ...applicationAnswersSelect,
          state: true,
          submittedAt: true,
          cv: { select: cvSummarySelect },
          apprenticeship: {
            select: {
              id: true,
              title: true,
              question1: true,
              question2: true,
              question3: true,
              disabilityConfident: true,
              organisation: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
}

export type ReportClosing = { outcome: ConcernOutcome; outcomeNote: string };

/**
 * Staff close a report with an outcome; it lands only while the report is
 * open (two staff at once: the second is refused). The employer who reported
 * it is told, in the app and by email, in the words placement concerns use.
 */
export async function closeApplicationReport(
  staff: AuditActor,
  reportId: string,
  closing: ReportClosing,
  now = new Date(),
): Promise<CommandResult<{ title: string; told: boolean }>> {
  const result = await prisma.$transaction(async (tx) => {
    const report = await tx.applicationReport.findUnique({
      where: { id: reportId },
      select: {
        createdAt: true,
        raisedBy: { select: { id: true, organisationId: true } },
        application: {
          select: { id: true, apprenticeship: { select: { id: true, title: true } } },
        },
      },
    });
    if (!report) return notFound();
    const { count } = await tx.applicationReport.updateMany({
      where: { id: reportId, closedAt: null },
      data: {
        closedAt: now,
        closedById: staff.id,
        outcome: closing.outcome,
        outcomeNote: closing.outcomeNote,
      },
    });
    if (count === 0) return refused(reportAlreadyClosedMessage);
    await recordAudit(
      staff,
      {
        action: "application-report.close",
        targetType: "application-report",
        targetId: reportId,
        targetLabel: report.application.apprenticeship.title,
        // The outcome only: the applicant's data is not kept in the trail for ever.
        reason: concernOutcomeLabel(closing.outcome),
      },
      tx,
    );
    return done(report);
  });
  if (result.status !== "done") return result;
  const { raisedBy, application, createdAt } = result.value;
  const vacancy = application.apprenticeship;
  if (raisedBy) {
    await notifyOrganisation({
      organisationId: raisedBy.organisationId,
      userId: raisedBy.id,
      subject: "We have looked at the application you reported",
      message: `The partnership team has looked at the application for "${vacancy.title}" you reported on ${formatDate(createdAt)}. ${outcomeForRaiser(closing.outcome)}`,
      link: `/postings/apprenticeships/${vacancy.id}/applications/${application.id}`,
    });
  }
  return done({ title: vacancy.title, told: raisedBy !== null });
}

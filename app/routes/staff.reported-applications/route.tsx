import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading, Table } from "~/components/ui";
import { concernOutcomeLabel } from "~/opportunities/concerns";
import { applicationReportQueue, closedApplicationReports } from "~/applications/reports.server";
import { formatDate } from "~/time/format";

// The staff queue of applications employers reported, oldest first, and the
// ones closed lately. Only here can staff open an application (decision 042);
// the queue itself names the vacancy and the employer, not the applicant.

export const meta: MetaFunction = () => [{ title: "Reported applications - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const [open, closed] = await Promise.all([applicationReportQueue(), closedApplicationReports()]);
  return { open, closed };
}

export default function ReportedApplications() {
  const { open, closed } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/staff">Back to staff home</BackLink>
      <PageHeading caption="Partnership staff">Reported applications</PageHeading>
      <p className="body">
        Employers report an application here when it worries them. You can read a reported
        application, but no other.
      </p>
      {open.length === 0 ? (
        <p className="body">There are no open reports.</p>
      ) : (
        <Table
          caption="Open reports, oldest first"
          stacked
          head={["Vacancy", "Employer", "Reported by", "Reported on"]}
          rows={open.map((r) => [
            <Link key="link" to={`/staff/reported-applications/${r.id}`}>
              {r.application.apprenticeship.title}
            </Link>,
            r.application.apprenticeship.organisation.name,
            r.raisedBy?.name ?? "Someone who has left",
            formatDate(r.createdAt),
          ])}
        />
      )}
      <h2 className="heading-m">Closed lately</h2>
      {closed.length === 0 ? (
        <p className="body">No reports have been closed yet.</p>
      ) : (
        <Table
          caption="The last 20 reports closed, newest first"
          stacked
          head={["Vacancy", "Employer", "Closed on", "Outcome"]}
          rows={closed.map((r) => [
            <Link key="link" to={`/staff/reported-applications/${r.id}`}>
              {r.application.apprenticeship.title}
            </Link>,
            r.application.apprenticeship.organisation.name,
            r.closedAt ? formatDate(r.closedAt) : "",
            r.outcome ? concernOutcomeLabel(r.outcome) : "",
          ])}
        />
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

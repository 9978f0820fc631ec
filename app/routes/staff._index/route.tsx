import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { staffWaitingCounts } from "~/insights/overview.server";
import { applicationTotals } from "~/applications/staff.server";
import { openApplicationReportCount } from "~/applications/reports.server";
import { ApplicationCountsTable } from "~/applications/staff-counts";

export const meta: MetaFunction = () => [{ title: "Staff - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const [waiting, applications, reports] = await Promise.all([
    staffWaitingCounts(),
    applicationTotals(),
    openApplicationReportCount(),
  ]);
  return { waiting, applications, reports };
}

export default function StaffOverview() {
  const { waiting, applications, reports } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption="Partnership staff">What is waiting</PageHeading>
      <div className="grid grid--2">
        {[
          {
            id: "waiting-orgs",
            title: "Organisations to check",
            count: waiting.organisations,
            href: "/staff/verification",
            action: "Check organisations",
          },
          {
            id: "waiting-postings",
            title: "Postings to review",
            count: waiting.postings,
            href: "/staff/review",
            action: "Review postings",
          },
        ].map((card) => (
          <section className="card" aria-labelledby={card.id} key={card.id}>
            <h2 className="card__title" id={card.id}>
              {card.title}
            </h2>
            <p className="body">
              <span className="stat">{card.count}</span>
            </p>
            <p className="body">
              <Link to={card.href}>{card.action}</Link>
            </p>
          </section>
        ))}
      </div>
      <h2 className="heading-m">People who applied</h2>
      <p className="body">
        How many people applied for jobs on SkillsBridge, and where each one is now. You see numbers
        only, unless a firm asks you to look at one:{" "}
        <Link to="/staff/reported-applications">
          {reports === 1 ? "1 report is" : `${reports} reports are`} open
        </Link>
        .
      </p>
      <ApplicationCountsTable caption="Every application by state" counts={applications} />
      <h2 className="heading-m">Staff tools</h2>
      <ul className="list">
        <li>
          <Link to="/staff/insights">Regional insight</Link>: facts and figures, to read or download
        </li>
        <li>
          <Link to="/staff/users">Users</Link>: find a user, stop or restart an account, and invite
          staff
        </li>
        <li>
          <Link to="/staff/audit">Audit trail</Link>: what each of the staff did, and when
        </li>
        <li>
          <Link to="/staff/security">Security events</Link>: who signed in or was locked out, and
          who changed their two-step sign-in
        </li>
        <li>
          <Link to="/staff/concerns">Placement concerns</Link>: worries that schools and firms told
          us about, with their messages
        </li>
        <li>
          <Link to="/staff/reported-applications">Reported applications</Link>: when a firm asks you
          to look at one
        </li>
      </ul>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { staffWaitingCounts } from "~/insights/overview.server";

export const meta: MetaFunction = () => [{ title: "Staff - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  return { waiting: await staffWaitingCounts() };
}

export default function StaffOverview() {
  const { waiting } = useLoaderData<typeof loader>();
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
      </ul>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

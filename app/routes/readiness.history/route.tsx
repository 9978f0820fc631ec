import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { LineChart } from "~/components/charts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { describeChange } from "~/readiness/change";
import { listSubmitted } from "~/readiness/checks.server";
import { readinessPaths } from "~/readiness/paths";
import { formatDate, formatShortMonth } from "~/time/format";

export const meta: MetaFunction = () => [
  { title: "Your readiness results over time - SkillsBridge" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const checks = await listSubmitted(user.organisationId);
  return {
    checks: checks.map((check, i) => {
      const previous = i > 0 ? checks[i - 1] : undefined;
      return {
        id: check.id,
        submittedAt: check.submittedAt,
        overall: check.scores.overall,
        band: check.band,
        change: previous ? check.scores.overall - previous.scores.overall : null,
      };
    }),
  };
}

export default function ReadinessHistory() {
  const { checks } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption="Digital readiness check">Your results over time</PageHeading>
      {checks.length === 0 ? (
        <>
          <p className="body">You have not finished a check yet.</p>
          <Link to={readinessPaths.start} className="button button--primary">
            Go to the readiness check
          </Link>
        </>
      ) : (
        <>
          <p className="body">
            Your business has finished {checks.length === 1 ? "1 check" : `${checks.length} checks`}
            .
          </p>
          <div className="grid grid--2">
            <LineChart
              title="Overall score out of 100 at each check, oldest first"
              data={checks.map((c) => ({
                label: formatShortMonth(c.submittedAt),
                value: c.overall,
              }))}
              max={100}
              description={
                checks
                  .map((c) => `${formatDate(c.submittedAt)}: ${c.overall} out of 100`)
                  .join(". ") + "."
              }
            />
            <Table
              caption="Every check, newest first"
              head={["Date", "Overall score", "Band", "Change"]}
              numeric={[1]}
              stacked
              rows={[...checks].reverse().map((c) => [
                <Link key={c.id} to={readinessPaths.result(c.id)}>
                  {formatDate(c.submittedAt)}
                </Link>,
                c.overall,
                c.band,
                c.change === null ? "First check" : describeChange(c.change),
              ])}
            />
          </div>
          <p className="body">
            <Link to={readinessPaths.start}>Take the check again</Link>
          </p>
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

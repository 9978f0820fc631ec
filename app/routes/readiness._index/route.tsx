import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InsetText, PageHeading, Tag } from "~/components/ui";
import { isSectionComplete, resumePath, sectionCount } from "~/readiness/check-state";
import { findInProgress, readinessSummary, startCheck } from "~/readiness/checks.server";
import { dimensionNames } from "~/readiness/dimensions";
import { readinessPaths } from "~/readiness/paths";
import { sectionOrder } from "~/readiness/question-bank";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Digital readiness check - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const [summary, inProgress] = await Promise.all([
    readinessSummary(user.organisationId),
    findInProgress(user.organisationId, user.id),
  ]);
  return {
    latest: summary.latest,
    inProgress: inProgress
      ? {
          done: sectionOrder.filter((d) =>
            isSectionComplete(inProgress.bank, d, inProgress.answers),
          ).length,
          resume: resumePath(inProgress.bank, inProgress.answers),
          // A colleague's own copy of a check someone else started (decision 045).
          startedBy: inProgress.isStarter ? null : (inProgress.startedByName ?? "A colleague"),
          sent: inProgress.finishedAt,
        }
      : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "sme");
  // Starting twice (a double click) carries on with the same check; a colleague
  // who starts while one is in progress answers their own copy of it.
  await startCheck(user.organisationId, user.id);
  const check = await findInProgress(user.organisationId, user.id);
  return redirect(check ? resumePath(check.bank, check.answers) : readinessPaths.start);
}

export default function ReadinessStart() {
  const { latest, inProgress } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Digital readiness check</PageHeading>
      <p className="lead">
        Find out how digital your business is, and get ideas for what to do next.
      </p>
      <p className="body">The check asks about {sectionCount} areas:</p>
      <ul className="list">
        {sectionOrder.map((dimension) => (
          <li key={dimension}>{dimensionNames[dimension]}</li>
        ))}
      </ul>
      <p className="body">It takes about 10 to 15 minutes. There are no right or wrong answers.</p>
      <p className="body">
        We save your answers after each page, so you can stop and come back later.
      </p>
      <p className="body">
        Other people in your business can answer too. Each person answers for themselves. Your
        result puts their answers together and shows where you see things differently.
      </p>
      <p className="body">
        At the end you get a score out of 100 for each area, ideas for what to do next, and how you
        compare with similar firms.
      </p>

      {inProgress?.startedBy ? (
        <>
          <h2 className="heading-m">Answer the check for your business</h2>
          <InsetText>
            {inProgress.startedBy} started a check for your business. You answer for yourself: your
            answers are added to the result when {inProgress.startedBy} sends the check.
            {inProgress.sent
              ? ` You sent your answers on ${formatDate(inProgress.sent)}. You can still change them.`
              : ` You have finished ${inProgress.done} of ${sectionCount} sections.`}
          </InsetText>
          <Link to={inProgress.resume} className="button button--primary">
            {inProgress.sent
              ? "See your answers"
              : inProgress.done === 0
                ? "Start your answers"
                : "Continue where you left off"}
          </Link>
        </>
      ) : inProgress ? (
        <>
          <InsetText>
            You have finished {inProgress.done} of {sectionCount} sections.
          </InsetText>
          <Link to={inProgress.resume} className="button button--primary">
            Continue where you left off
          </Link>
        </>
      ) : (
        <Form method="post">
          <button type="submit" className="button button--primary">
            {latest ? "Take the check again" : "Start the check"}
          </button>
        </Form>
      )}

      {latest ? (
        <>
          <h2 className="heading-m">Your latest result</h2>
          <p className="body">
            {formatDate(latest.submittedAt)}: {latest.overall} out of 100, <Tag>{latest.band}</Tag>
          </p>
          <ul className="list list--plain">
            <li>
              <Link to={readinessPaths.result(latest.id)}>See your latest results</Link>
            </li>
            <li>
              <Link to={readinessPaths.history}>See all your results</Link>
            </li>
          </ul>
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

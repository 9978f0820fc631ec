import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { readApplicant } from "~/applications/applicant-session.server";
import { EMPLOYER_ANSWER_DAYS } from "~/applications/rules";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { prisma } from "~/db.server";
import { formatDay } from "~/time/format";
import { addDays, dateToDay } from "~/time/uk-time";

export const meta: MetaFunction = () => [{ title: "Application sent - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const vacancy = await requireVacancyForApplying(params.id!);
  const applicant = await readApplicant(request);
  const sent = applicant?.applicationId
    ? await prisma.application.findFirst({
        where: {
          id: applicant.applicationId,
          email: applicant.email,
          apprenticeshipId: vacancy.id,
          state: { not: "draft" },
        },
        select: { email: true },
      })
    : null;
  if (!sent) throw redirect(`/apprenticeships/${vacancy.id}/apply`);
  const closing = dateToDay(vacancy.closingDate);
  return {
    vacancy: { title: vacancy.title, employer: vacancy.employer },
    email: sent.email,
    closing: formatDay(closing),
    hearBy: formatDay(addDays(closing, EMPLOYER_ANSWER_DAYS)),
  };
}

export default function ApplicationSent() {
  const { vacancy, email, closing, hearBy } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="panel panel--confirmation">
        <h1 className="panel__title">Application sent</h1>
        <div className="panel__body">
          Your application for {vacancy.title} has gone to {vacancy.employer}.
        </div>
      </div>
      <p className="body">We have sent a copy of what happens next to {email}.</p>
      <h2 className="heading-m">What happens next</h2>
      <p className="body">
        {vacancy.employer} will look at applications after the closing date, {closing}. You should
        hear from them by {hearBy}.
      </p>
      <p className="body">
        We will email you each time your application moves on, for example if you are invited to an
        interview.
      </p>
      <p className="body">
        You can <Link to="/applications/mine">see where your applications stand</Link>, withdraw one
        or delete one at any time. Later, we will email you a link to come back.
      </p>
      <p className="body">
        <Link to="/apprenticeships">Look at other apprenticeships</Link>
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

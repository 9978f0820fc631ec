import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { applicationsOpen, daysLeftToApply, describeDaysLeft } from "~/applications/rules";
import { getUser, notFound } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { HowToApply } from "~/opportunities/how-to-apply";
import { apprenticeshipRows, apprenticeshipSummarySelect } from "~/opportunities/posting-summary";
import { liveApprenticeshipWhere } from "~/opportunities/live.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.apprenticeship.title ?? "Apprenticeship"} - SkillsBridge` },
  ...(data
    ? [
        {
          name: "description",
          content: `${data.apprenticeship.organisation.name}: ${data.apprenticeship.shortDescription}`,
        },
      ]
    : []),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const apprenticeship = await prisma.apprenticeship.findFirst({
    where: { id: params.id, ...liveApprenticeshipWhere(new Date()) },
    select: {
      ...apprenticeshipSummarySelect,
      state: true,
      applicationsClosedAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!apprenticeship) notFound("This apprenticeship is not open. It may have closed.");
  const now = new Date();
  const user = await getUser(request);
  return {
    apprenticeship,
    daysLeft: describeDaysLeft(daysLeftToApply(apprenticeship.closingDate, now)),
    // On SkillsBridge, by email or on the employer's website: no way to apply once closed.
    applicationsOpen: applicationsOpen(apprenticeship, now),
    isStaff: user?.role === "staff",
  };
}

export default function Apprenticeship() {
  const { apprenticeship: a, daysLeft, applicationsOpen, isStaff } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/apprenticeships">Back to all apprenticeships</BackLink>
      <PageHeading caption={a.organisation.name}>{a.title}</PageHeading>
      <p className="lead pre-line">{a.shortDescription}</p>
      <p className="body">
        <strong>{a.applicationsClosedAt ? "Applications have closed" : daysLeft}</strong>
      </p>
      {isStaff ? (
        <p className="body">
          <Link to={`/staff/take-down/apprenticeships/${a.id}`}>Take this vacancy down</Link>
        </p>
      ) : null}
      <SummaryList rows={apprenticeshipRows(a)} />
      <h2 className="heading-m">About the apprenticeship</h2>
      <p className="body pre-line">{a.fullDescription}</p>
      <h2 className="heading-m">How to apply</h2>
      <HowToApply vacancy={a} employer={a.organisation.name} open={applicationsOpen} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

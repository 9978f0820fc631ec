import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PreviewNotice } from "~/components/task-list";
import { PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { parseForm } from "~/forms/parse";
import { HowToApply } from "~/opportunities/how-to-apply";
import { apprenticeshipRows } from "~/opportunities/posting-summary";
import { apprenticeshipData } from "~/opportunities/records";
import { apprenticeshipSchema } from "~/opportunities/schemas";
import { findVacancyDraft } from "~/opportunities/vacancy-drafts.server";
import { wholeVacancyValues } from "~/opportunities/vacancy-sections";

// The public page of a vacancy before it is sent (issue 19): what people will
// see, laid out as /apprenticeships/:id lays it out.

export const meta: MetaFunction = () => [{ title: "Preview your vacancy - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findVacancyDraft(params.id, user.organisationId)) ?? notFound();
  const parsed = parseForm(apprenticeshipSchema, wholeVacancyValues(draft.answers));
  if (!parsed.ok) notFound("Finish every part of the vacancy to preview it.");
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: { name: true },
  });
  return {
    id: draft.id,
    organisation: organisation.name,
    vacancy: apprenticeshipData(parsed.data),
  };
}

export default function PreviewVacancy() {
  const { id, organisation, vacancy: a } = useLoaderData<typeof loader>();
  return (
    <>
      <PreviewNotice back={`/postings/apprenticeships/drafts/${id}/check`} />
      <PageHeading caption={organisation}>{a.title}</PageHeading>
      <p className="lead pre-line">{a.shortDescription}</p>
      <SummaryList rows={apprenticeshipRows(a)} />
      <h2 className="heading-m">About the apprenticeship</h2>
      <p className="body pre-line">{a.fullDescription}</p>
      <h2 className="heading-m">How to apply</h2>
      <HowToApply vacancy={a} employer={organisation} open preview />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ChangeParts, SendDraftForm } from "~/components/task-list";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { apprenticeshipRows } from "~/opportunities/posting-summary";
import { apprenticeshipData } from "~/opportunities/records";
import { apprenticeshipSchema } from "~/opportunities/schemas";
import { checkRows } from "~/forms/task-list";
import { findVacancyDraft, sendVacancyDraft } from "~/opportunities/vacancy-drafts.server";
import { sectionStatus } from "~/opportunities/vacancy-section-checks";
import { vacancySections, wholeVacancyValues } from "~/opportunities/vacancy-sections";

// Check your answers, preview, then send for checking (issue 19, decision 048).

export const meta: MetaFunction = () => [{ title: "Check your vacancy - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findVacancyDraft(params.id, user.organisationId)) ?? notFound();
  const parsed = parseForm(apprenticeshipSchema, wholeVacancyValues(draft.answers));
  return {
    id: draft.id,
    sections: checkRows(vacancySections, (s) => sectionStatus(s, draft.answers)),
    vacancy: parsed.ok ? apprenticeshipData(parsed.data) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const sent = await sendVacancyDraft(params.id ?? "", user.organisationId, new Date());
  if (sent.status === "invalid") return invalid(sent.errors, {});
  if (sent.status !== "done") return notDone(sent, {});
  return redirectWithFlash(
    request,
    `/postings/apprenticeships/${sent.value.apprenticeshipId}`,
    "Your vacancy has been sent to the partnership team to check. We will email you when they have looked at it.",
  );
}

export default function CheckVacancy() {
  const { id, sections, vacancy } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const base = `/postings/apprenticeships/drafts/${id}`;
  return (
    <>
      <BackLink to={base}>Back to your vacancy</BackLink>
      <PageHeading caption="Post an apprenticeship">Check your answers</PageHeading>
      {vacancy ? (
        <>
          <SummaryList
            rows={[
              { key: "Title", value: vacancy.title },
              ...apprenticeshipRows(vacancy, { full: true }),
              ...[vacancy.question1, vacancy.question2, vacancy.question3]
                .filter((q): q is string => Boolean(q))
                .map((q, i) => ({ key: `Your question ${i + 1}`, value: q })),
            ]}
          />
          <p className="body">
            <Link to={`${base}/preview`}>Preview the page people will see</Link>
          </p>
        </>
      ) : null}
      <ChangeParts base={base} sections={sections} />
      <SendDraftForm actionData={actionData} button="Send for checking">
        The partnership team checks it before it goes live. We will email you when they have looked
        at it.
      </SendDraftForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

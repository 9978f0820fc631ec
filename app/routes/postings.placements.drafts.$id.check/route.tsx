import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ChangeParts, SendDraftForm } from "~/components/task-list";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { checkRows } from "~/forms/task-list";
import { invalid } from "~/forms/responses.server";
import {
  findPlacementDraft,
  makePlacementFromDraft,
  placementOfDraft,
} from "~/opportunities/placement-drafts.server";
import { placementSectionStatus } from "~/opportunities/placement-section-checks";
import { placementSections } from "~/opportunities/placement-sections";
import { placementRows } from "~/opportunities/posting-summary";

// Check your answers and preview (issue 19, decision 052), then make the
// placement and go on to its safeguarding checks, as every placement does.

export const meta: MetaFunction = () => [{ title: "Check your placement - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findPlacementDraft(params.id, user.organisationId)) ?? notFound();
  return {
    id: draft.id,
    sections: checkRows(placementSections, (s) => placementSectionStatus(s, draft.answers)),
    placement: placementOfDraft(draft.answers),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const made = await makePlacementFromDraft(params.id ?? "", user.organisationId, new Date());
  if (made.status === "invalid") return invalid(made.errors, {});
  if (made.status !== "done") return notDone(made, {});
  return redirectWithFlash(
    request,
    `/postings/placements/${made.value.placementId}/safeguarding`,
    "Your placement has been saved. Now fill in the safeguarding checks.",
  );
}

export default function CheckPlacement() {
  const { id, sections, placement: p } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const base = `/postings/placements/drafts/${id}`;
  const contact = p
    ? [
        { key: "Contact", value: p.contactIsSupervisor ? "The supervisor" : p.contactName },
        { key: "Contact's job", value: p.contactRole },
        { key: "Contact's email", value: p.contactEmail },
        { key: "Contact's phone", value: p.contactPhone },
        { key: "Workplace address", value: p.workplaceAddress },
        { key: "First day", value: p.firstDayDetails },
      ].filter((row) => row.value)
    : [];
  return (
    <>
      <BackLink to={base}>Back to your placement</BackLink>
      <PageHeading caption="Offer a work-experience placement">Check your answers</PageHeading>
      {p ? (
        <>
          <SummaryList
            rows={[
              { key: "Title", value: p.title },
              { key: "What the student will do", value: p.description },
              ...placementRows(p),
              ...contact,
            ]}
          />
          <p className="body">
            <Link to={`${base}/preview`}>Preview the page schools will see</Link>
          </p>
        </>
      ) : null}
      <ChangeParts base={base} sections={sections} />
      <SendDraftForm actionData={actionData} button="Save and go on to safeguarding">
        Next you fill in the safeguarding checks. Then you send the placement to the partnership
        team, who check it before it goes live.
      </SendDraftForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

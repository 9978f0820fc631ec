import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TaskList } from "~/components/task-list";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { answerText, taskRows } from "~/forms/task-list";
import { deletePlacementDraft, findPlacementDraft } from "~/opportunities/placement-drafts.server";
import { placementSectionStatus } from "~/opportunities/placement-section-checks";
import { placementSections } from "~/opportunities/placement-sections";

// A placement's task list (issue 19, decision 052): each section with its status.

export const meta: MetaFunction = () => [
  { title: "Offer a work-experience placement - SkillsBridge" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findPlacementDraft(params.id, user.organisationId)) ?? notFound();
  const sections = taskRows(placementSections, (s) => placementSectionStatus(s, draft.answers));
  return { id: draft.id, title: answerText(draft.answers.about?.title) || null, sections };
}

/** The one form here deletes the draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const deleted = await deletePlacementDraft(params.id ?? "", user.organisationId);
  if (deleted.status !== "done") return notDone(deleted, {});
  return redirectWithFlash(request, "/postings/placements/new", "The draft was deleted.");
}

export default function PlacementTaskList() {
  const { id, title, sections } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/postings/placements/new">Back</BackLink>
      <PageHeading caption={title ?? "Offer a work-experience placement"}>
        Your placement
      </PageHeading>
      <TaskList base={`/postings/placements/drafts/${id}`} sections={sections} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

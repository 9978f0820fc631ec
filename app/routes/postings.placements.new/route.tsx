import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StartedDrafts } from "~/components/task-list";
import { Button } from "~/components/forms/fields";
import { BackLink, PageHeading } from "~/components/ui";
import { listPlacementDrafts, startPlacementDraft } from "~/opportunities/placement-drafts.server";

// Offer a placement, step one (issue 19, decision 052): start a task list, or
// go on with one already started.

export const meta: MetaFunction = () => [
  { title: "Offer a work-experience placement - SkillsBridge" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  return { drafts: await listPlacementDrafts(user.organisationId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const started = await startPlacementDraft(user.organisationId);
  if (started.status !== "done") return notDone(started, {});
  throw redirect(`/postings/placements/drafts/${started.value.id}`);
}

export default function NewPlacement() {
  const { drafts } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading caption="Your postings">Offer a work-experience placement</PageHeading>
      <p className="body">
        You fill it in one part at a time. We save each part as you go, so you can stop and come
        back. When every part is done, you check it, then fill in the safeguarding checks and send
        it to the partnership team.
      </p>
      <Form method="post">
        <Button>Start a new placement</Button>
      </Form>
      <StartedDrafts
        heading="Placements you have started"
        base="/postings/placements/drafts"
        drafts={drafts}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

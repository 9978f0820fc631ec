import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { BackLink, PageHeading } from "~/components/ui";
import { listPlacementDrafts, startPlacementDraft } from "~/opportunities/placement-drafts.server";
import { formatDate } from "~/time/format";

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
      {drafts.length > 0 ? (
        <>
          <h2 className="heading-m">Placements you have started</h2>
          <ul className="list">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link to={`/postings/placements/drafts/${draft.id}`}>{draft.title}</Link> (last
                saved {formatDate(draft.updatedAt)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

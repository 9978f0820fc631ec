import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StartedDrafts } from "~/components/task-list";
import { Button } from "~/components/forms/fields";
import { BackLink, PageHeading } from "~/components/ui";
import { readFormData } from "~/forms/form-data.server";
import { vacancyValuesForId } from "~/opportunities/standards.server";
import { listVacancyDrafts, startVacancyDraft } from "~/opportunities/vacancy-drafts.server";

// Post a vacancy, step one (issue 19, decision 048): start a task list, or go
// on with one already started. A link from a workforce next step
// (?standard=ST0120) starts one with that standard filled in.

export const meta: MetaFunction = () => [{ title: "Post an apprenticeship - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const standard = new URL(request.url).searchParams.get("standard");
  const known = Object.keys(await vacancyValuesForId(standard)).length > 0;
  return {
    drafts: await listVacancyDrafts(user.organisationId),
    standard: known ? standard : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const form = await readFormData(request);
  const standard = form.get("standard");
  const prefill = await vacancyValuesForId(typeof standard === "string" ? standard : null);
  const started = await startVacancyDraft(user.organisationId, prefill);
  if (started.status !== "done") return notDone(started, {});
  throw redirect(`/postings/apprenticeships/drafts/${started.value.id}`);
}

export default function NewApprenticeship() {
  const { drafts, standard } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/postings">Back to your postings</BackLink>
      <PageHeading caption="Your postings">Post an apprenticeship</PageHeading>
      <p className="body">
        You fill it in one part at a time. We save each part as you go, so you can stop and come
        back. When every part is done, you check it and send it to the partnership team.
      </p>
      {standard ? (
        <p className="body">We will fill in the standard you chose. You can change it.</p>
      ) : null}
      <Form method="post">
        {standard ? <input type="hidden" name="standard" value={standard} /> : null}
        <Button>Start a new vacancy</Button>
      </Form>
      <StartedDrafts
        heading="Vacancies you have started"
        base="/postings/apprenticeships/drafts"
        drafts={drafts}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

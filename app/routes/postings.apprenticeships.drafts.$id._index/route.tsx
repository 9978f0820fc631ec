import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TaskList } from "~/components/task-list";
import { BackLink, PageHeading } from "~/components/ui";
import { answerText, taskRows } from "~/forms/task-list";
import { redirectWithFlash } from "~/flash.server";
import { deleteVacancyDraft, findVacancyDraft } from "~/opportunities/vacancy-drafts.server";
import { sectionStatus } from "~/opportunities/vacancy-section-checks";
import { vacancySections } from "~/opportunities/vacancy-sections";

// A vacancy's task list (issue 19, decision 048): each section with its status.

export const meta: MetaFunction = () => [{ title: "Post an apprenticeship - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findVacancyDraft(params.id, user.organisationId)) ?? notFound();
  const sections = taskRows(vacancySections, (s) => sectionStatus(s, draft.answers));
  return { id: draft.id, title: answerText(draft.answers.job?.title) || null, sections };
}

/** The one form here deletes the draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const deleted = await deleteVacancyDraft(params.id ?? "", user.organisationId);
  if (deleted.status !== "done") return notDone(deleted, {});
  return redirectWithFlash(request, "/postings/apprenticeships/new", "The draft was deleted.");
}

export default function VacancyTaskList() {
  const { id, title, sections } = useLoaderData<typeof loader>();
  const base = `/postings/apprenticeships/drafts/${id}`;
  return (
    <>
      <BackLink to="/postings/apprenticeships/new">Back</BackLink>
      <PageHeading caption={title ?? "Post an apprenticeship"}>Your vacancy</PageHeading>
      <TaskList base={base} sections={sections} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

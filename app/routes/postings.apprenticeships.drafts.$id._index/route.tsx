import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { BackLink, PageHeading, Tag, type TagColour } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { deleteVacancyDraft, findVacancyDraft } from "~/opportunities/vacancy-drafts.server";
import { sectionStatus } from "~/opportunities/vacancy-section-checks";
import {
  draftTitle,
  sectionStatusText,
  vacancySections,
  type SectionStatus,
} from "~/opportunities/vacancy-sections";

// A vacancy's task list (issue 19, decision 048): each section with its status.

export const meta: MetaFunction = () => [{ title: "Post an apprenticeship - SkillsBridge" }];

const statusColour: Record<SectionStatus, TagColour> = {
  "not-started": "grey",
  "in-progress": "blue",
  completed: "green",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findVacancyDraft(params.id, user.organisationId)) ?? notFound();
  const sections = vacancySections.map((s) => ({
    name: s.name,
    title: s.title,
    status: sectionStatus(s, draft.answers),
  }));
  return {
    id: draft.id,
    title: draftTitle(draft.answers),
    sections,
    done: sections.filter((s) => s.status === "completed").length,
  };
}

/** The one form here deletes the draft. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const deleted = await deleteVacancyDraft(params.id ?? "", user.organisationId);
  if (deleted.status !== "done") return notDone(deleted, {});
  return redirectWithFlash(request, "/postings/apprenticeships/new", "The draft was deleted.");
}

export default function VacancyTaskList() {
  const { id, title, sections, done } = useLoaderData<typeof loader>();
  const base = `/postings/apprenticeships/drafts/${id}`;
  return (
    <>
      <BackLink to="/postings/apprenticeships/new">Back</BackLink>
      <PageHeading caption={title ?? "Post an apprenticeship"}>Your vacancy</PageHeading>
      <p className="body">
        You have done {done} of {sections.length} parts. We save each part as you go.
      </p>
      <ul className="task-list">
        {sections.map((s) => (
          <li className="task-list__item" key={s.name}>
            <Link to={`${base}/${s.name}`} aria-describedby={`status-${s.name}`}>
              {s.title}
            </Link>
            <span id={`status-${s.name}`}>
              <Tag colour={statusColour[s.status]}>{sectionStatusText[s.status]}</Tag>
            </span>
          </li>
        ))}
      </ul>
      {done === sections.length ? (
        <Link to={`${base}/check`} className="button">
          Check your answers
        </Link>
      ) : (
        <p className="body">When every part is done, you can check it and send it.</p>
      )}
      <h2 className="heading-m">Do not need it?</h2>
      <Form method="post">
        <Button variant="secondary">Delete this draft</Button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

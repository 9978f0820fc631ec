// The pieces of a task list of short pages (issue 19, decisions 048 and 052),
// shared by the vacancy and placement task lists.
import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { sectionStatusText, type SectionStatus } from "~/forms/task-list";
import { formatDate } from "~/time/format";
import { Button, fieldId } from "./forms/fields";
import { ValidatedForm } from "./forms/validated-form";
import { BackLink, InsetText, Tag, type TagColour } from "./ui";

const statusColour: Record<SectionStatus, TagColour> = {
  "not-started": "grey",
  "in-progress": "blue",
  completed: "green",
};

type SectionRow = { name: string; title: string; status: SectionStatus };

/** Each section as a link to its page, with its status; then the way on to the check page. */
export function TaskList({ base, sections }: { base: string; sections: readonly SectionRow[] }) {
  const done = sections.filter((s) => s.status === "completed").length;
  return (
    <>
      <p className="body">
        You have done {done} of {sections.length} parts. We save each part as you go.
      </p>
      <ul className="task-list">
        {sections.map((s) => (
          <li className="task-list__item" key={s.name}>
            <Link to={`${base}/${s.name}`} aria-describedby={`status-${s.name}`}>
              {s.title}
            </Link>{" "}
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

/** A section page's two buttons: the server decides whether the page is finished. */
export function SectionButtons() {
  return (
    <div className="button-group">
      <Button name="then" value="continue">
        Save and continue
      </Button>
      <Button name="then" value="later" variant="secondary">
        Save and come back later
      </Button>
    </div>
  );
}

/** The check page's list of sections, each with a link to change or finish it. */
export function ChangeParts({
  base,
  sections,
}: {
  base: string;
  sections: readonly { name: string; title: string; key: string; completed: boolean }[];
}) {
  return (
    <>
      <h2 className="heading-m">Change a part</h2>
      <ul className="task-list">
        {sections.map((s) => (
          <li className="task-list__item" key={s.name} id={fieldId(s.key)} tabIndex={-1}>
            <span>{s.title}</span>
            <Link to={`${base}/${s.name}`}>
              {s.completed ? "Change" : "Finish"}
              <span className="visually-hidden"> {s.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The check page's last form: no fields (the answers are the draft's, checked on the server). */
export function SendDraftForm({
  actionData,
  button,
  children,
}: {
  actionData: Parameters<typeof ValidatedForm>[0]["actionData"];
  button: string;
  children: ReactNode;
}) {
  return (
    <ValidatedForm
      schema={() => import("zod").then(({ z }) => z.object({}))}
      actionData={actionData}
    >
      <p className="body">{children}</p>
      <Button>{button}</Button>
    </ValidatedForm>
  );
}

/** The top of a preview page: back to the check page, and that nobody else sees it yet. */
export function PreviewNotice({ back }: { back: string }) {
  return (
    <>
      <BackLink to={back}>Back to check your answers</BackLink>
      <InsetText>
        <p className="body">This is a preview. Nobody else can see it yet.</p>
      </InsetText>
    </>
  );
}

/** On a "post a …" page: the drafts already started, to go on with (nothing when there are none). */
export function StartedDrafts({
  heading,
  base,
  drafts,
}: {
  heading: string;
  base: string;
  drafts: readonly { id: string; title: string; updatedAt: Date | string }[];
}) {
  if (drafts.length === 0) return null;
  return (
    <>
      <h2 className="heading-m">{heading}</h2>
      <ul className="list">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <Link to={`${base}/${draft.id}`}>{draft.title}</Link> (last saved{" "}
            {formatDate(draft.updatedAt)})
          </li>
        ))}
      </ul>
    </>
  );
}

import { employerNameOf, schoolNameOf } from "~/opportunities/former";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Radios, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList, Tag } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  concernNoteMaxLength,
  concernOutcomeLabel,
  concernOutcomeOptions,
  outcomeForRaiser,
} from "~/opportunities/concerns";
import { addConcernNote, closeConcern, concernForStaff } from "~/opportunities/concerns.server";
import { requestStateOf } from "~/opportunities/request-state";
import { RequestStateTag } from "~/opportunities/state-tags";
import { formatDate, formatDateTime } from "~/time/format";
import { concernActionSchema } from "./forms";

// One concern raised on a placement request, as partnership staff work on it:
// what was raised and by whom, both parties, the whole thread, staff's notes,
// and closing it with an outcome (the person who raised it is told).

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Concern: ${data?.concern.request.placement.title ?? "placement"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const concern = await concernForStaff(params.id ?? "");
  if (!concern) notFound();
  return {
    concern: {
      ...concern,
      request: { ...concern.request, state: requestStateOf(concern.request.state) },
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(concernActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const id = params.id ?? "";
  const actor = { id: staff.id, email: staff.email };
  const now = new Date();
  if (parsed.data.intent === "note") {
    const result = await addConcernNote(actor, id, parsed.data.body, now);
    if (result.status !== "done") return notDone(result, parsed.values, "body");
    return redirectWithFlash(request, `/staff/concerns/${id}#notes`, "Your note has been added.");
  }
  const { outcome, outcomeNote, replyToRaiser } = parsed.data;
  const result = await closeConcern(actor, id, { outcome, outcomeNote, replyToRaiser }, now);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/staff/concerns",
    result.value.told
      ? `The concern about "${result.value.title}" is closed. We have told the person who raised it.`
      : `The concern about "${result.value.title}" is closed. The person who raised it has left, so no one was told.`,
  );
}

const sideName = { school: "the school", employer: "the employer" } as const;

export default function StaffConcern() {
  const { concern: c } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const r = c.request;
  return (
    <>
      <BackLink to="/staff/concerns">Back to placement concerns</BackLink>
      <PageHeading caption="Placement concern">{r.placement.title}</PageHeading>
      <p className="body">
        {c.closedAt ? <Tag colour="grey">Closed</Tag> : <Tag colour="red">Open</Tag>}
      </p>
      <h2 className="heading-m">What was raised</h2>
      <p className="body">
        Raised by {c.raisedBy?.name ?? "someone who has left"} for {sideName[c.side]}
        {c.raisedBy ? (
          <>
            {" "}
            (<a href={`mailto:${c.raisedBy.email}`}>{c.raisedBy.email}</a>)
          </>
        ) : null}{" "}
        on {formatDateTime(c.createdAt)}.
      </p>
      <InsetText>
        <p className="body pre-line">{c.details}</p>
      </InsetText>

      <h2 className="heading-m">The request</h2>
      <SummaryList
        rows={[
          { key: "State", value: <RequestStateTag state={r.state} /> },
          { key: "School", value: schoolNameOf(r.school) },
          {
            key: "Careers lead",
            value: r.requestedBy ? (
              <>
                {r.requestedBy.name} (
                <a href={`mailto:${r.requestedBy.email}`}>{r.requestedBy.email}</a>)
              </>
            ) : (
              "Has left"
            ),
          },
          {
            key: "Employer",
            value: r.placement.organisation ? (
              <Link to={`/staff/verification/${r.placement.organisation.id}`}>
                {r.placement.organisation.name}
              </Link>
            ) : (
              employerNameOf(null)
            ),
          },
          {
            key: "Placement dates",
            value: `${formatDate(r.placement.startDate)} to ${formatDate(r.placement.endDate)}`,
          },
          {
            key: "Places",
            value:
              r.state === "accepted"
                ? `${r.placesAccepted} accepted of ${r.places} asked for`
                : `${r.places} asked for`,
          },
          { key: "Request sent", value: formatDate(r.createdAt) },
        ]}
      />

      <section aria-labelledby="thread-heading">
        <h2 className="heading-m" id="thread-heading">
          Messages on this request
        </h2>
        {r.messages.length === 0 ? (
          <p className="body">No messages.</p>
        ) : (
          <ol className="list">
            {r.messages.map((m) => (
              <li key={m.id}>
                <p className="body">
                  <strong>
                    {m.author?.name ?? "Someone who has left"} ({sideName[m.side]})
                  </strong>
                  , {formatDateTime(m.createdAt)}
                </p>
                <p className="body pre-line">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="notes-heading" id="notes">
        <h2 className="heading-m" id="notes-heading">
          Staff notes
        </h2>
        <p className="body">Only partnership staff see these notes.</p>
        {c.notes.length === 0 ? (
          <p className="body">No notes yet.</p>
        ) : (
          <ol className="list">
            {c.notes.map((n) => (
              <li key={n.id}>
                <p className="body">
                  <strong>{n.author?.name ?? "Someone who has left"}</strong>,{" "}
                  {formatDateTime(n.createdAt)}
                </p>
                <p className="body pre-line">{n.body}</p>
              </li>
            ))}
          </ol>
        )}
        <ValidatedForm
          schema={() => import("./forms").then((m) => m.concernActionSchema)}
          intent="note"
          actionData={actionData}
        >
          <Textarea name="body" label="Add a note" rows={4} maxLength={concernNoteMaxLength} />
          <Button variant="secondary">Add note</Button>
        </ValidatedForm>
      </section>

      <section aria-labelledby="outcome-heading">
        <h2 className="heading-m" id="outcome-heading">
          {c.closedAt ? "How it was closed" : "Close this concern"}
        </h2>
        {c.closedAt && c.outcome ? (
          <SummaryList
            rows={[
              { key: "Outcome", value: concernOutcomeLabel(c.outcome) },
              {
                key: "What staff found and did",
                value: <span className="pre-line">{c.outcomeNote}</span>,
              },
              {
                key: "Told the person who raised it",
                value: (
                  <span className="pre-line">
                    {outcomeForRaiser(c.outcome)}
                    {c.replyToRaiser ? ` ${c.replyToRaiser}` : ""}
                  </span>
                ),
              },
              {
                key: "Closed",
                value: `${formatDateTime(c.closedAt)} by ${c.closedBy?.name ?? "someone who has left"}`,
              },
            ]}
          />
        ) : (
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.concernActionSchema)}
            intent="close"
            actionData={actionData}
          >
            <Radios name="outcome" legend="What came of it?" options={concernOutcomeOptions} />
            <Textarea
              name="outcomeNote"
              label="What did you find and do?"
              hint="Only partnership staff see this."
              rows={4}
              maxLength={concernNoteMaxLength}
            />
            <Textarea
              name="replyToRaiser"
              label="A message for the person who raised it (optional)"
              hint="We tell them we looked at it, and what came of it. Add anything else they need to know. Do not name anyone."
              rows={3}
              maxLength={1000}
            />
            <Button>Close the concern</Button>
          </ValidatedForm>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

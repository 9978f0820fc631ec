import { FORMER_BUSINESS, FORMER_MENTOR } from "~/mentoring/former";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { DateInput } from "~/components/forms/date-input";
import { Button, Radios, TextInput, Textarea } from "~/components/forms/fields";
import { ValidatedForm, type ActionFailure } from "~/components/forms/validated-form";
import {
  BackLink,
  InsetText,
  NotificationBanner,
  PageHeading,
  SummaryList,
  Table,
  Tag,
} from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { StateTag } from "~/mentoring/components";
import { meetingFormatName } from "~/mentoring/options";
import { availableEvents, REQUEST_EXPIRY_DAYS, expiresAt } from "~/mentoring/request-state";
import {
  giveFeedback,
  logSession,
  postMessage,
  relationshipPage,
  setActionDone,
} from "~/mentoring/relationship.server";
import { actorFor, changeRequest } from "~/mentoring/requests.server";
import {
  acceptMeeting,
  cancelMeeting,
  declineMeeting,
  plannedMeetings,
  sideOf,
} from "~/mentoring/meetings.server";
import { meetingActions, meetingStateNames } from "~/mentoring/meeting-state";
import { dimensionIds, dimensionNames } from "~/readiness/dimensions";
import { pageActions } from "~/mentoring/relationship-forms";
import { actionStatusNames, describeProgress, planProgress } from "~/readiness/action-plan";
import { planFor } from "~/readiness/action-plan.server";
import { formatDate, formatDateTime, formatDay, formatTimeRange } from "~/time/format";
import { ukDay } from "~/time/uk-time";
import type { ReactNode } from "react";

export const meta: MetaFunction = () => [{ title: "Mentoring request - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const now = new Date();
  const rel = await relationshipPage(user, params.id!, now);
  if (!rel) notFound();
  const side = actorFor(user);
  const mine = rel.feedback.find((f) => f.side === side);
  // The SME's action plan is shared with its mentor only while they work together.
  const plan = rel.state === "accepted" && rel.smeOrgId ? await planFor(rel.smeOrgId) : null;
  const planned = rel.state === "accepted" ? await plannedMeetings(rel.id, now) : [];
  return {
    side,
    me: user.id,
    today: ukDay(now),
    events: availableEvents(rel.state, side),
    rel: {
      id: rel.id,
      state: rel.state,
      goals: rel.goals,
      preferredFormat: meetingFormatName(rel.preferredFormat),
      declineReason: rel.declineReason,
      endReason: rel.endReason,
      endedByMe: rel.endedById === user.id,
      createdAt: rel.createdAt,
      expiresAt: expiresAt(rel.createdAt),
      answeredAt: rel.answeredAt,
      endedAt: rel.endedAt,
      smeName: rel.sme?.name ?? FORMER_BUSINESS,
      requestedBy: rel.requestedBy?.name ?? null,
      mentorId: rel.mentor?.id ?? null,
      mentorName: rel.mentor?.user.name ?? FORMER_MENTOR,
      mentorFirm: rel.mentor?.user.organisation.name ?? "no longer on SkillsBridge",
      mentorRole: rel.mentor?.role ?? "Mentor",
      sessions: rel.sessions,
      messages: rel.messages.map((m) => ({
        id: m.id,
        body: m.body,
        createdAt: m.createdAt,
        author: m.author?.name ?? "A former user",
        mine: m.authorId === user.id,
      })),
      myFeedback: mine ?? null,
      otherFeedback: rel.feedback.find((f) => f.side !== side) ?? null,
      before: rel.before,
      after: rel.after,
    },
    planned: planned.map((m) => ({
      id: m.id,
      state: m.state,
      stateName: meetingStateNames[m.state],
      when: formatTimeRange(m.startsAt, m.endsAt),
      location: m.location,
      joinUrl: m.joinUrl,
      byMe: m.proposedBySide === sideOf(user),
      proposedBy: m.proposedBy?.name ?? "A former user",
      actions: meetingActions(m, sideOf(user), now),
    })),
    plan: plan
      ? {
          progress: describeProgress(planProgress(plan, ukDay(now))),
          items: plan.map((item) => ({
            id: item.id,
            title: item.title,
            owner: item.owner,
            dueOn: item.dueOn,
            status: actionStatusNames[item.status],
          })),
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const id = params.id!;
  const parsed = parseForm(pageActions, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const here = `/mentoring/${id}`;

  switch (input.intent) {
    case "accept":
    case "decline":
    case "cancel":
    case "end": {
      const reason = input.intent === "decline" || input.intent === "end" ? input.reason : null;
      const result = await changeRequest(user, id, input.intent, reason);
      if (result.status !== "done") return notDone(result, parsed.values);
      if (input.intent === "accept") {
        return redirectWithFlash(request, here, `You are now mentoring ${result.value.smeName}.`);
      }
      if (input.intent === "decline")
        return redirectWithFlash(request, here, "You have declined the request.");
      if (input.intent === "cancel")
        return redirectWithFlash(request, here, "Your request has been cancelled.");
      return redirectWithFlash(
        request,
        `${here}#feedback`,
        "Mentoring has ended. Please tell us how it went.",
      );
    }
    case "session": {
      const result = await logSession(user, id, input);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, `${here}#sessions`, "The session has been logged.");
    }
    case "message": {
      const result = await postMessage(user, id, input.body);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, `${here}#messages`, "Your message has been sent.");
    }
    case "action": {
      const result = await setActionDone(user, id, input.actionId, input.done === "yes");
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        `${here}#sessions`,
        input.done === "yes"
          ? "The action is marked as done."
          : "The action is marked as not done.",
      );
    }
    case "meeting-accept":
    case "meeting-decline":
    case "meeting-cancel": {
      const command = {
        "meeting-accept": acceptMeeting,
        "meeting-decline": declineMeeting,
        "meeting-cancel": cancelMeeting,
      }[input.intent];
      const result = await command(user, id, input.meetingId);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        `${here}#planned`,
        {
          "meeting-accept": "Session agreed. We have emailed you both a calendar invite.",
          "meeting-decline": "You have declined the session. They can propose another time.",
          "meeting-cancel": "The session is cancelled. We have told them.",
        }[input.intent],
      );
    }
    case "feedback": {
      const result = await giveFeedback(user, id, input);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, here, "Thank you for your feedback.");
    }
  }
}

const ratingOptions = [
  { value: "5", label: "5 - Very good" },
  { value: "4", label: "4 - Good" },
  { value: "3", label: "3 - OK" },
  { value: "2", label: "2 - Poor" },
  { value: "1", label: "1 - Very poor" },
];

export default function Relationship() {
  const { side, today, events, rel, plan, planned } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isSme = side === "sme";
  const other = isSme ? rel.mentorName : rel.smeName;
  const active = rel.state === "accepted";
  return (
    <>
      <BackLink to="/mentoring">Back to mentoring</BackLink>
      <PageHeading caption={isSme ? `${rel.mentorRole}, ${rel.mentorFirm}` : "Mentoring request"}>
        {active || rel.state === "completed"
          ? `Mentoring with ${other}`
          : `Request ${isSme ? "to" : "from"} ${other}`}
      </PageHeading>
      <p className="body">
        <StateTag state={rel.state} />
      </p>

      {rel.state === "pending" ? (
        <InsetText>
          {isSme
            ? `${rel.mentorName} has until ${formatDate(rel.expiresAt)} to answer. If there is no answer by then, the request expires and you can ask someone else.`
            : `Please answer by ${formatDate(rel.expiresAt)}. After ${REQUEST_EXPIRY_DAYS} days with no answer, the request expires.`}
        </InsetText>
      ) : null}
      {rel.state === "expired" ? (
        <InsetText>
          This request expired, as it was not answered within {REQUEST_EXPIRY_DAYS} days.{" "}
          {isSme ? <Link to="/mentors">Ask another mentor</Link> : null}
        </InsetText>
      ) : null}
      {rel.state === "declined" ? (
        <InsetText>
          {isSme ? `${rel.mentorName} declined this request.` : "You declined this request."}{" "}
          Reason: <span className="pre-line">{rel.declineReason}</span>
          {isSme ? (
            <>
              {" "}
              <Link to="/mentors">Find another mentor</Link>.
            </>
          ) : null}
        </InsetText>
      ) : null}
      {rel.state === "cancelled" ? (
        <InsetText>
          {isSme ? "You cancelled this request." : `${rel.smeName} cancelled this request.`}
        </InsetText>
      ) : null}

      <SummaryList
        rows={[
          { key: "Business", value: rel.smeName },
          { key: "Mentor", value: `${rel.mentorName}, ${rel.mentorFirm}` },
          { key: "Asked on", value: formatDate(rel.createdAt) },
          ...(rel.answeredAt && rel.state !== "expired"
            ? [{ key: "Answered on", value: formatDate(rel.answeredAt) }]
            : []),
          ...(rel.endedAt && rel.state === "completed"
            ? [{ key: "Ended on", value: formatDate(rel.endedAt) }]
            : []),
          { key: "How to meet", value: rel.preferredFormat },
          { key: "Goals", value: <span className="pre-line">{rel.goals}</span> },
        ]}
      />

      {events.includes("accept") ? (
        <section aria-labelledby="answer-heading">
          <h2 className="heading-m" id="answer-heading">
            Answer this request
          </h2>
          <ValidatedForm
            schema={() => import("~/mentoring/relationship-forms").then((m) => m.acceptForm)}
            intent="accept"
            actionData={actionData}
          >
            <Button>Accept request</Button>
          </ValidatedForm>
          <ValidatedForm
            schema={() => import("~/mentoring/relationship-forms").then((m) => m.declineForm)}
            intent="decline"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Or decline it, with a reason"
              hint="The business will see this. Be kind, and suggest who else could help if you can."
              rows={3}
            />
            <Button variant="warning">Decline request</Button>
          </ValidatedForm>
        </section>
      ) : null}
      {events.includes("cancel") ? (
        <ValidatedForm
          schema={() => import("~/mentoring/relationship-forms").then((m) => m.cancelForm)}
          intent="cancel"
          actionData={actionData}
        >
          <Button variant="secondary">Cancel this request</Button>
        </ValidatedForm>
      ) : null}

      {active ? (
        <section aria-labelledby="planned">
          <h2 className="heading-m" id="planned">
            Planned sessions
          </h2>
          {planned.length === 0 ? (
            <p className="body">No sessions planned. Suggest a time that suits you.</p>
          ) : (
            <ul className="card-list">
              {planned.map((m) => (
                <PlannedSession
                  key={m.id}
                  relationshipId={rel.id}
                  meeting={m}
                  other={other}
                  actionData={actionData?.values?.meetingId === m.id ? actionData : undefined}
                />
              ))}
            </ul>
          )}
          <p className="body">
            <Link to={`/mentoring/${rel.id}/plan-session`}>Plan a session</Link>
          </p>
        </section>
      ) : null}

      <RecordSection
        id="sessions"
        title="Sessions"
        active={active}
        count={rel.sessions.length}
        empty="No sessions logged yet."
      >
        <ul className="card-list">
          {rel.sessions.map((s) => (
            <li className="card" key={s.id}>
              <h3 className="card__title">
                {formatDate(s.date)}, {s.minutes} minutes
              </h3>
              <p className="body pre-line">{s.topics}</p>
              <p className="secondary">Logged by {s.loggedBy?.name ?? "a former user"}</p>
              {s.actions.length > 0 ? (
                <>
                  <h4 className="heading-s">Agreed actions</h4>
                  <ul className="list list--plain">
                    {s.actions.map((a) => (
                      <li key={a.id}>
                        {a.done ? "Done: " : "To do: "}
                        {a.text}{" "}
                        {active ? (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="intent" value="action" />
                            <input type="hidden" name="actionId" value={a.id} />
                            <input type="hidden" name="done" value={a.done ? "no" : "yes"} />
                            <button type="submit" className="link-button">
                              {a.done ? "Mark as not done" : "Mark as done"}
                              <span className="visually-hidden"> ({a.text})</span>
                            </button>
                          </Form>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {active ? (
          <>
            <h3 className="heading-s">Log a session</h3>
            <ValidatedForm
              schema={() => import("~/mentoring/relationship-forms").then((m) => m.sessionForm)}
              intent="session"
              actionData={actionData}
              defaultValues={{ date: today, minutes: "60" }}
            >
              <DateInput name="date" label="Date of the session" />
              <TextInput
                name="minutes"
                label="How long it lasted, in minutes"
                width="4"
                inputMode="numeric"
              />
              <Textarea name="topics" label="What you talked about" rows={3} />
              <Textarea
                name="actions"
                label="Actions you agreed (optional)"
                hint="One action on each line."
                rows={3}
              />
              <Button variant="secondary">Log session</Button>
            </ValidatedForm>
          </>
        ) : null}
      </RecordSection>

      <RecordSection
        id="messages"
        title="Messages"
        active={active}
        count={rel.messages.length}
        empty="No messages yet."
      >
        <ul className="card-list">
          {rel.messages.map((m) => (
            <li className="card" key={m.id}>
              <p className="secondary">
                {m.mine ? "You" : m.author}, {formatDateTime(m.createdAt)}
              </p>
              <p className="body pre-line">{m.body}</p>
            </li>
          ))}
        </ul>
        {active ? (
          <ValidatedForm
            schema={() => import("~/mentoring/relationship-forms").then((m) => m.messageForm)}
            intent="message"
            actionData={actionData}
          >
            <Textarea name="body" label={`Message to ${other}`} rows={4} />
            <Button variant="secondary">Send message</Button>
          </ValidatedForm>
        ) : null}
      </RecordSection>

      {events.includes("end") ? (
        <section aria-labelledby="end-heading">
          <h2 className="heading-m" id="end-heading">
            End mentoring
          </h2>
          <ValidatedForm
            schema={() => import("~/mentoring/relationship-forms").then((m) => m.endForm)}
            intent="end"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Why is mentoring ending?"
              hint={`${other} will see this. For example, "We reached our goals".`}
              rows={3}
            />
            <Button variant="warning">End mentoring</Button>
          </ValidatedForm>
        </section>
      ) : null}

      {rel.state === "completed" ? (
        <section aria-labelledby="feedback">
          <h2 className="heading-m" id="feedback">
            How did it go?
          </h2>
          {rel.endReason ? (
            <p className="body">
              {rel.endedByMe ? "You ended mentoring." : `${other} ended mentoring.`} Reason:{" "}
              <span className="pre-line">{rel.endReason}</span>
            </p>
          ) : null}
          {rel.myFeedback ? (
            <p className="body">You rated it {rel.myFeedback.rating} out of 5. Thank you.</p>
          ) : (
            <ValidatedForm
              schema={() => import("~/mentoring/relationship-forms").then((m) => m.feedbackForm)}
              intent="feedback"
              actionData={actionData}
            >
              <Radios
                name="rating"
                legend="How would you rate the mentoring?"
                options={ratingOptions}
              />
              <Textarea
                name="comment"
                label="Anything else you want to tell us? (optional)"
                rows={3}
              />
              <Button>Send feedback</Button>
            </ValidatedForm>
          )}
          {rel.otherFeedback ? (
            <p className="body">
              {other} rated it {rel.otherFeedback.rating} out of 5.
            </p>
          ) : null}
        </section>
      ) : null}

      {plan ? (
        <section aria-labelledby="plan-heading">
          <h2 className="heading-m" id="plan-heading">
            {isSme ? "Your action plan" : `${rel.smeName}'s action plan`}
          </h2>
          <p className="body">
            {plan.progress}
            {isSme ? (
              <>
                {" "}
                <Link to="/readiness/plan">Change your plan</Link>
              </>
            ) : null}
          </p>
          {plan.items.length > 0 ? (
            <Table
              caption="Actions in the plan"
              head={["Action", "Who", "Due", "Status"]}
              stacked
              rows={plan.items.map((item) => [
                item.title,
                item.owner,
                formatDay(item.dueOn),
                item.status,
              ])}
            />
          ) : null}
        </section>
      ) : null}

      {rel.state === "completed" || (active && rel.before) ? (
        <section aria-labelledby="scores">
          <h2 className="heading-m" id="scores">
            What mentoring changed
          </h2>
          {rel.state === "completed" && isSme && !rel.after ? (
            <NotificationBanner title="Take the readiness check again">
              <p className="banner__heading">See what has changed since mentoring began.</p>
              <p className="body">
                <Link to="/readiness">Take the readiness check again</Link>
              </p>
            </NotificationBanner>
          ) : null}
          {rel.state === "completed" && !isSme && !rel.after ? (
            <p className="body">
              When {rel.smeName} takes the readiness check again, you will see their new scores
              here.
            </p>
          ) : null}
          {rel.before || rel.after ? (
            <Table
              caption="Readiness scores, out of 100"
              head={["Area", "Before mentoring", "After mentoring", "Change"]}
              numeric={[1, 2, 3]}
              rows={[
                ...dimensionIds.map((d) => {
                  const before = rel.before?.scores[d];
                  const after = rel.after?.scores[d];
                  return [
                    dimensionNames[d],
                    before ?? "Not taken",
                    after ?? "Not yet",
                    before !== undefined && after !== undefined ? signed(after - before) : "",
                  ];
                }),
                [
                  "Overall",
                  rel.before?.overall ?? "Not taken",
                  rel.after?.overall ?? "Not yet",
                  rel.before?.overall != null && rel.after?.overall != null
                    ? signed(rel.after.overall - rel.before.overall)
                    : "",
                ],
              ]}
            />
          ) : (
            <p className="body">
              There was no readiness result when mentoring began, so there is nothing to compare
              yet.
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}

type PlannedMeeting = ReturnType<typeof useLoaderData<typeof loader>>["planned"][number];

/** One planned session: when and where, and what this side can do with it. */
function PlannedSession({
  relationshipId,
  meeting: m,
  other,
  actionData,
}: {
  relationshipId: string;
  meeting: PlannedMeeting;
  other: string;
  actionData: ActionFailure;
}) {
  const about = <span className="visually-hidden"> (session on {m.when})</span>;
  const forms = () => import("~/mentoring/relationship-forms");
  return (
    <li className="card">
      <h3 className="card__title">{m.when}</h3>
      <p className="body">
        <Tag colour={m.state === "accepted" ? "green" : "yellow"}>{m.stateName}</Tag>
      </p>
      {m.location ? <p className="body">Where: {m.location}</p> : null}
      {m.joinUrl ? (
        <p className="body">
          Join online: <a href={m.joinUrl}>{m.joinUrl}</a>
        </p>
      ) : null}
      {m.state === "proposed" ? (
        <p className="secondary">
          {m.byMe
            ? `You proposed this. Waiting for ${other} to answer.`
            : `${m.proposedBy} proposed this time.`}
        </p>
      ) : (
        <p className="body">
          <a href={`/mentoring/${relationshipId}/planned/${m.id}/invite.ics`} download>
            Add to your calendar (.ics file){about}
          </a>
        </p>
      )}
      {m.actions.length > 0 ? (
        <div className="button-group">
          {m.actions.includes("accept") ? (
            <ValidatedForm
              schema={() => forms().then((f) => f.acceptMeetingForm)}
              intent="meeting-accept"
              actionData={actionData}
              className="inline-form"
            >
              <input type="hidden" name="meetingId" value={m.id} />
              <Button>Accept{about}</Button>
            </ValidatedForm>
          ) : null}
          {m.actions.includes("decline") ? (
            <ValidatedForm
              schema={() => forms().then((f) => f.declineMeetingForm)}
              intent="meeting-decline"
              actionData={actionData}
              className="inline-form"
            >
              <input type="hidden" name="meetingId" value={m.id} />
              <Button variant="secondary">Decline{about}</Button>
            </ValidatedForm>
          ) : null}
          {m.actions.includes("reschedule") ? (
            <Link
              to={`/mentoring/${relationshipId}/planned/${m.id}`}
              className="button button--secondary"
            >
              {m.state === "accepted" ? "Move" : "Change"}
              {about}
            </Link>
          ) : null}
          {m.actions.includes("cancel") ? (
            <ValidatedForm
              schema={() => forms().then((f) => f.cancelMeetingForm)}
              intent="meeting-cancel"
              actionData={actionData}
              className="inline-form"
            >
              <input type="hidden" name="meetingId" value={m.id} />
              <Button variant="warning">
                {m.state === "accepted" ? "Cancel" : "Withdraw"}
                {about}
              </Button>
            </ValidatedForm>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Sessions and messages are the record of the mentoring: shown while it is active, and afterwards only if there is something in them. */
function RecordSection({
  id,
  title,
  active,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  active: boolean;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  if (!active && count === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 className="heading-m" id={id}>
        {title}
      </h2>
      {count === 0 ? <p className="body">{empty}</p> : null}
      {children}
    </section>
  );
}

function signed(n: number) {
  return n > 0 ? `+${n}` : String(n);
}

export const ErrorBoundary = GeneralErrorBoundary;

import { employerNameOf, EMPLOYER_LEFT_NOTICE, schoolNameOf } from "~/opportunities/former";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireConfirmedUser, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Radios, Textarea, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { placesText, studentsText, yearGroupName } from "~/opportunities/display";
import { canRecordOutcome, transitionRequest } from "~/opportunities/request-state";
import {
  acceptedPlaces,
  acceptRequest,
  declineRequest,
  effectiveRequestState,
  markRequestViewed,
  recordOutcome,
  withdrawRequest,
} from "~/opportunities/requests.server";
import { RequestStateTag } from "~/opportunities/state-tags";
import { ContactDetails } from "~/opportunities/contact-details";
import { contactsFor, requestContactSelect } from "~/opportunities/contact.server";
import { actionSchema } from "./forms";
import { formatDate, formatDateTime } from "~/time/format";
import {
  daysOpenAfterPlacementEnds,
  feedbackRevealAfterDays,
  feedbackRevealed,
  mayWriteMessage,
  messageMaxLength,
  noStudentNamesWarning,
} from "~/opportunities/after-acceptance";
import { reportConcern, sendPlacementMessage, threadOf } from "~/opportunities/messages.server";
import { dateToDay } from "~/time/uk-time";

export const meta: MetaFunction = () => [{ title: "Placement request - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["school", "sme"]);
  const now = new Date();
  const id = params.id ?? "";
  const isEmployer = user.role === "sme";
  if (isEmployer && user.emailConfirmedAt) await markRequestViewed(id, user.organisationId, now);
  const row = await prisma.placementRequest.findFirst({
    where: isEmployer
      ? { id, placement: { organisationId: user.organisationId } }
      : { id, schoolOrgId: user.organisationId },
    select: {
      id: true,
      places: true,
      placesAccepted: true,
      yearGroup: true,
      accessNeeds: true,
      note: true,
      declineReason: true,
      createdAt: true,
      answeredAt: true,
      schoolAttended: true,
      schoolFeedback: true,
      employerAttended: true,
      employerFeedback: true,
      wouldHostAgain: true,
      ...requestContactSelect,
      placement: {
        select: {
          ...requestContactSelect.placement.select,
          id: true,
          title: true,
          places: true,
          state: true,
          startDate: true,
          endDate: true,
        },
      },
    },
  });
  if (!row) notFound();
  const state = effectiveRequestState(row.state, row.placement, now);
  const contacts = contactsFor(user, { ...row, state }, now);
  const messages = await threadOf(row.id);
  const canMessage = mayWriteMessage(
    user,
    {
      state,
      schoolOrgId: row.schoolOrgId,
      employerOrgId: row.placement.organisationId,
      placementEndDate: row.placement.endDate,
    },
    now,
  );
  const placesLeft = Math.max(0, row.placement.places - (await acceptedPlaces(row.placement.id)));
  const withdrawable = transitionRequest(state, {
    type: "withdraw",
    placementStartDate: dateToDay(row.placement.startDate),
    today: now,
  }).ok;
  const { placement } = row;
  // Each side's own answers, and the other side's only once revealed
  // (feedbackRevealed): what is not revealed never leaves the server.
  const school = { attended: row.schoolAttended, feedback: row.schoolFeedback };
  const employer = { attended: row.employerAttended, feedback: row.employerFeedback };
  const [own, theirs] = isEmployer ? [employer, school] : [school, employer];
  const revealed = feedbackRevealed(
    { school: school.attended !== null, employer: employer.attended !== null },
    placement.endDate,
    now,
  );
  return {
    isEmployer,
    contacts,
    messages,
    canMessage,
    // Only what the page shows: the contact columns go out through `contacts` alone.
    request: {
      id: row.id,
      places: row.places,
      placesAccepted: row.placesAccepted,
      yearGroup: row.yearGroup,
      accessNeeds: row.accessNeeds,
      note: row.note,
      state,
      declineReason: row.declineReason,
      createdAt: row.createdAt,
      ownOutcome: own,
      otherOutcome: revealed && theirs.attended !== null ? theirs : null,
      // The employer's own answer: the school is not told.
      wouldHostAgain: isEmployer ? row.wouldHostAgain : null,
      school: row.school,
      placement: {
        id: placement.id,
        title: placement.title,
        startDate: placement.startDate,
        endDate: placement.endDate,
        employerName: employerNameOf(placement.organisation),
      },
    },
    // The other side has left SkillsBridge: the record stays, read only.
    otherSideLeft: isEmployer ? row.schoolOrgId === null : placement.organisationId === null,
    placesLeft,
    canAnswer: isEmployer && (state === "new" || state === "viewed"),
    canWithdraw: !isEmployer && withdrawable,
    canRecord: canRecordOutcome(state, dateToDay(row.placement.endDate), now),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, ["school", "sme"]);
  const parsed = parseForm(actionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const id = params.id ?? "";
  const now = new Date();
  const page = `/requests/${id}`;
  const input = parsed.data;
  const org = user.organisationId;
  const writer = { userId: user.id, organisationId: org };

  // Both sides write on the thread and may report a concern.
  if (input.intent === "message") {
    const result = await sendPlacementMessage(writer, id, input.body, now);
    if (result.status !== "done") return notDone(result, parsed.values, "body");
    return redirectWithFlash(request, `${page}#messages`, "Your message has been sent.");
  }
  if (input.intent === "concern") {
    const result = await reportConcern(writer, id, input.details, now);
    if (result.status !== "done") return notDone(result, parsed.values, "details");
    return redirectWithFlash(
      request,
      page,
      "Thank you. The partnership team has your concern and will look at it with the messages.",
    );
  }

  if (user.role === "sme") {
    switch (input.intent) {
      case "accept": {
        const result = await acceptRequest(id, org, input.placesAccepted, now);
        if (result.status !== "done") return notDone(result, parsed.values, "placesAccepted");
        return redirectWithFlash(
          request,
          page,
          `You accepted ${placesText(result.value.placesAccepted)}. The school has been told.`,
        );
      }
      case "decline": {
        const result = await declineRequest(id, org, input.reason, now);
        if (result.status !== "done") return notDone(result, parsed.values, "reason");
        return redirectWithFlash(
          request,
          page,
          "You declined the request. The school has been told.",
        );
      }
      case "employer-outcome": {
        const outcome = {
          attended: input.attended,
          feedback: input.feedback,
          wouldHostAgain: input.wouldHostAgain === "yes",
        };
        const result = await recordOutcome(
          id,
          { kind: "employer", organisationId: org },
          outcome,
          now,
        );
        if (result.status !== "done") return notDone(result, parsed.values, "attended");
        return redirectWithFlash(request, page, "Thank you. Your feedback is saved.");
      }
      default:
        return invalid({ form: "Only the school can do that." }, parsed.values);
    }
  }

  switch (input.intent) {
    case "withdraw": {
      const result = await withdrawRequest(id, org, now);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        page,
        "Your request has been withdrawn. The employer has been told.",
      );
    }
    case "school-outcome": {
      const result = await recordOutcome(id, { kind: "school", organisationId: org }, input, now);
      if (result.status !== "done") return notDone(result, parsed.values, "attended");
      return redirectWithFlash(request, page, "Thank you. Your feedback is saved.");
    }
    default:
      return invalid({ form: "Only the employer can do that." }, parsed.values);
  }
}

export default function PlacementRequest() {
  const {
    isEmployer,
    contacts,
    messages,
    canMessage,
    request: r,
    placesLeft,
    canAnswer,
    canWithdraw,
    canRecord,
    otherSideLeft,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ownAttended = r.ownOutcome.attended;
  const other = r.otherOutcome;
  const otherName = isEmployer ? "The school" : "The employer";
  return (
    <>
      <BackLink to="/requests">Back to requests</BackLink>
      <PageHeading caption={isEmployer ? schoolNameOf(r.school) : r.placement.employerName}>
        {r.placement.title}
      </PageHeading>
      {otherSideLeft ? (
        <InsetText>
          <p className="body">
            {isEmployer
              ? "This school has left SkillsBridge. You keep this request for your records."
              : EMPLOYER_LEFT_NOTICE}
          </p>
        </InsetText>
      ) : null}
      <p className="body">
        <RequestStateTag state={r.state} />
      </p>
      {r.state === "declined" && r.declineReason ? (
        <InsetText>
          <p className="body pre-line">Reason: {r.declineReason}</p>
        </InsetText>
      ) : null}
      {r.state === "accepted" ? (
        <>
          <p className="body">
            {placesText(r.placesAccepted)} accepted of the {r.places} asked for.
          </p>
          <p className="body">
            <a href={`/requests/${r.id}/invite.ics`} download>
              Add the placement to your calendar (.ics file)
            </a>
          </p>
        </>
      ) : null}
      {contacts ? (
        <ContactDetails
          employer={contacts.employer}
          school={contacts.school}
          viewerIsEmployer={isEmployer}
        />
      ) : null}
      <SummaryList
        rows={[
          { key: "School", value: schoolNameOf(r.school) },
          { key: "Places asked for", value: String(r.places) },
          { key: "Year group", value: yearGroupName(r.yearGroup) },
          {
            key: "Access needs",
            value: r.accessNeeds ? <span className="pre-line">{r.accessNeeds}</span> : "None given",
          },
          { key: "Note", value: r.note ? <span className="pre-line">{r.note}</span> : "None" },
          { key: "Sent", value: formatDate(r.createdAt) },
          {
            key: "Placement dates",
            value: `${formatDate(r.placement.startDate)} to ${formatDate(r.placement.endDate)}`,
          },
        ]}
      />
      {isEmployer ? (
        <p className="body">
          <Link to={`/postings/placements/${r.placement.id}`}>See the placement</Link>
        </p>
      ) : null}

      {canAnswer ? (
        <div className="grid grid--2">
          <section>
            <h2 className="heading-m">Accept</h2>
            <ValidatedForm
              schema={() => import("./forms").then((m) => m.actionSchema)}
              intent="accept"
              actionData={actionData}
              defaultValues={{ placesAccepted: String(Math.min(r.places, placesLeft)) }}
            >
              <TextInput
                name="placesAccepted"
                label="How many places can you offer?"
                width="3"
                inputMode="numeric"
                hint={`Up to ${r.places}. You have ${placesText(placesLeft)} left.`}
              />
              <button type="submit" className="button">
                Accept
              </button>
            </ValidatedForm>
          </section>
          <section>
            <h2 className="heading-m">Decline</h2>
            <ValidatedForm
              schema={() => import("./forms").then((m) => m.actionSchema)}
              intent="decline"
              actionData={actionData}
            >
              <Textarea
                name="reason"
                label="Why can you not take them?"
                hint="The school will see this."
                rows={3}
              />
              <button type="submit" className="button button--secondary">
                Decline
              </button>
            </ValidatedForm>
          </section>
        </div>
      ) : null}

      {canWithdraw ? (
        <>
          <h2 className="heading-m">Withdraw the request</h2>
          <p className="body">
            If you no longer need the places, withdraw the request so the employer can offer them to
            another school.
          </p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.actionSchema)}
            intent="withdraw"
            actionData={actionData}
          >
            <button type="submit" className="button button--warning">
              Withdraw the request
            </button>
          </ValidatedForm>
        </>
      ) : null}

      {r.state === "accepted" ? (
        <>
          <h2 className="heading-m">After the placement</h2>
          {ownAttended !== null ? (
            <p className="body">
              You said {studentsText(ownAttended)} came.{" "}
              {isEmployer && r.wouldHostAgain !== null
                ? r.wouldHostAgain
                  ? "You would host again."
                  : "You would not host again."
                : null}
            </p>
          ) : null}
          {ownAttended !== null && r.ownOutcome.feedback ? (
            <p className="body">You wrote: {r.ownOutcome.feedback}</p>
          ) : null}
          {other ? (
            <section aria-labelledby="their-feedback">
              <h3 className="heading-s" id="their-feedback">
                {isEmployer ? "The school's feedback" : "The employer's feedback"}
              </h3>
              <p className="body">
                {otherName} said {studentsText(other.attended ?? 0)} came.
              </p>
              {other.feedback ? <p className="body">{other.feedback}</p> : null}
            </section>
          ) : ownAttended !== null ? (
            <p className="body">
              You will see {isEmployer ? "the school's" : "the employer's"} feedback once they have
              given it, or {feedbackRevealAfterDays} days after the placement ends. So neither of
              you is swayed by the other.
            </p>
          ) : null}
          {canRecord ? (
            // One form for both sides; only the employer is asked about hosting again.
            <ValidatedForm
              schema={() => import("./forms").then((m) => m.actionSchema)}
              intent={isEmployer ? "employer-outcome" : "school-outcome"}
              actionData={actionData}
            >
              <TextInput
                name="attended"
                label={isEmployer ? "How many students came?" : "How many students went?"}
                width="3"
                inputMode="numeric"
              />
              <Textarea
                name="feedback"
                label="How did it go? (optional)"
                hint="Do not include students' names."
                rows={3}
              />
              {isEmployer ? (
                <Radios
                  name="wouldHostAgain"
                  legend="Would you host a placement again?"
                  options={[
                    { value: "yes", label: "Yes" },
                    { value: "no", label: "No" },
                  ]}
                  inline
                />
              ) : null}
              <button type="submit" className="button">
                Save
              </button>
            </ValidatedForm>
          ) : (
            <p className="body">
              When the placement has finished, you can record who came and how it went here.
            </p>
          )}
        </>
      ) : null}

      <section aria-labelledby="messages" className="thread">
        <h2 className="heading-m" id="messages" tabIndex={-1}>
          Messages
        </h2>
        {messages.length === 0 ? (
          <p className="body">No messages yet.</p>
        ) : (
          <ol className="list" aria-label="Messages, oldest first">
            {messages.map((m) => (
              <li key={m.id} className="thread__message">
                <p className="body">
                  <strong>
                    {m.author?.name ?? "Someone who has left"},{" "}
                    {m.side === "school" ? schoolNameOf(r.school) : r.placement.employerName}
                  </strong>{" "}
                  <span className="hint">{formatDateTime(m.createdAt)}</span>
                </p>
                <p className="body pre-line">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        {canMessage ? (
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.actionSchema)}
            intent="message"
            actionData={actionData}
          >
            <InsetText>
              <p className="body">{noStudentNamesWarning}</p>
            </InsetText>
            <Textarea
              name="body"
              label={isEmployer ? "Message to the school" : "Message to the employer"}
              hint={`Up to ${messageMaxLength} characters.`}
              rows={4}
            />
            <button type="submit" className="button">
              Send message
            </button>
          </ValidatedForm>
        ) : otherSideLeft ? (
          <p className="body">
            The {isEmployer ? "school" : "employer"} has left SkillsBridge, so you cannot send
            messages here now.
          </p>
        ) : (
          <p className="body">
            This thread has closed. Messages can be sent until {daysOpenAfterPlacementEnds} days
            after the placement ends.
          </p>
        )}
      </section>

      {/* Open again after a refused report, so its error shows without JavaScript. */}
      <details className="details" open={actionData?.values?.intent === "concern" || undefined}>
        <summary>Report a concern</summary>
        <div className="details__text">
          <p className="body">
            If something about this placement worries you, tell the partnership team. They will see
            the messages on this request too.
          </p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.actionSchema)}
            intent="concern"
            actionData={actionData}
          >
            <Textarea name="details" label="What worries you?" rows={4} />
            <button type="submit" className="button button--warning">
              Send to the partnership team
            </button>
          </ValidatedForm>
        </div>
      </details>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

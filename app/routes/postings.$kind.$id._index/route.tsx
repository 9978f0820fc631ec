import { schoolNameOf } from "~/opportunities/former";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireConfirmedUser, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Textarea } from "~/components/forms/fields";
import { IntentButton } from "~/components/forms/intent-button";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { placesText } from "~/opportunities/display";
import { safeguardingComplete } from "~/opportunities/placement-rules";
import {
  apprenticeshipRows,
  apprenticeshipSummarySelect,
  placementRows,
  placementSummarySelect,
} from "~/opportunities/posting-summary";
import {
  availableEvents,
  canClone,
  canEdit,
  postingStateOf,
  nextStepText,
} from "~/opportunities/posting-state";
import {
  archivePosting,
  clonePosting,
  closePosting,
  submitPosting,
} from "~/opportunities/postings.server";
import { postingKindFromPath, postingPath } from "~/opportunities/posting-kind";
import { safeguardingRecord, safeguardingSelect, staffCountFor } from "~/opportunities/records";
import { effectiveRequestState, requestRowSelect } from "~/opportunities/requests.server";
import { PostingStateTag, RequestStateTag } from "~/opportunities/state-tags";
import { actionSchema } from "./forms";
import { formatDate } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.posting.title ?? "Posting"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const where = { id: params.id, organisationId: user.organisationId };
  const common = {
    state: true,
    changesReason: true,
    closedReason: true,
    reviews: {
      select: { decision: true, reason: true, createdAt: true },
      orderBy: { createdAt: "desc" as const },
    },
  };
  const now = new Date();
  if (kind === "apprenticeship") {
    const posting = await prisma.apprenticeship.findFirst({
      where,
      select: { ...apprenticeshipSummarySelect, ...common },
    });
    if (!posting) notFound();
    return {
      kind,
      posting: { ...posting, state: postingStateOf(posting.state) },
      rows: null,
      missing: [],
      requests: [],
      accepted: 0,
    };
  }
  const posting = await prisma.placement.findFirst({
    where,
    select: {
      ...placementSummarySelect,
      ...safeguardingSelect,
      ...common,
      organisation: { select: { sizeBand: true } },
      requests: { select: requestRowSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!posting) notFound();
  // Found by the user's own organisation, so it is there.
  const sizeBand = posting.organisation?.sizeBand ?? null;
  const missing = safeguardingComplete(
    safeguardingRecord(posting),
    staffCountFor(sizeBand, posting.staffCount),
  ).map((m) => m.message);
  const requests = posting.requests.map((r) => ({
    ...r,
    state: effectiveRequestState(r.state, posting, now),
  }));
  const accepted = requests
    .filter((r) => r.state === "accepted")
    .reduce((sum, r) => sum + r.placesAccepted, 0);
  return {
    kind,
    posting: { ...posting, state: postingStateOf(posting.state), requests: undefined },
    rows: null,
    missing,
    requests,
    accepted,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const id = params.id ?? "";
  const parsed = parseForm(actionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const now = new Date();
  const page = `/postings/${params.kind}/${id}`;
  switch (parsed.data.intent) {
    case "submit": {
      const result = await submitPosting(kind, id, user.organisationId, now);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        page,
        "Sent to the partnership team to check. We will email you when they have looked at it.",
      );
    }
    case "close": {
      const result = await closePosting(kind, id, user, parsed.data.reason, now);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, page, "The posting is closed. Nobody can find it now.");
    }
    case "archive": {
      const result = await archivePosting(kind, id, user, now);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        "/postings",
        `"${result.value.title}" is archived. You can find it under "Archived postings".`,
      );
    }
    case "clone": {
      const result = await clonePosting(kind, id, user.organisationId);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(
        request,
        `/postings/${params.kind}/${result.value.id}/edit`,
        "This is a copy of your closed posting. Change the dates and anything else, then send it for checking.",
      );
    }
  }
}

const fieldLabels: Record<string, string> = { safeguarding: "Safeguarding" };
const historyLabels: Record<string, string> = {
  approved: "approved",
  "changes-requested": "changes asked for",
  closed: "closed",
  "taken-down": "taken down by the partnership team",
  archived: "archived",
};

export default function Posting() {
  const { kind, posting, missing, requests, accepted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const state = posting.state;
  const events = availableEvents(state);
  const base = `/postings/${postingPath(kind)}/${posting.id}`;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  return (
    <>
      <BackLink to={state === "archived" ? "/postings?archived=1" : "/postings"}>
        {state === "archived" ? "Back to archived postings" : "Back to your postings"}
      </BackLink>
      <PageHeading
        caption={kind === "apprenticeship" ? "Apprenticeship vacancy" : "Work-experience placement"}
      >
        {posting.title}
      </PageHeading>
      {errors && actionData?.values?.intent !== "close" ? (
        <div
          className="error-summary"
          tabIndex={-1}
          role="alert"
          aria-labelledby="submit-errors-title"
          autoFocus
        >
          <h2 className="error-summary__title" id="submit-errors-title">
            {actionData?.values?.intent === "submit"
              ? "It cannot be sent for checking yet"
              : "There is a problem"}
          </h2>
          <ul className="error-summary__list">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                <Link
                  to={
                    field === "safeguarding"
                      ? `${base}/safeguarding`
                      : field === "form"
                        ? base
                        : `${base}/edit#f-${field}`
                  }
                >
                  {fieldLabels[field] ? `${fieldLabels[field]}: ` : ""}
                  {String(message)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="body">
        <PostingStateTag state={posting.state} /> {nextStepText(state)}
      </p>
      {state === "changes-requested" && posting.changesReason ? (
        <InsetText>
          <p className="body">
            <strong>The partnership team asked for these changes:</strong>{" "}
            <span className="pre-line">{posting.changesReason}</span>
          </p>
        </InsetText>
      ) : null}
      {kind === "apprenticeship" && "applyMethod" in posting && posting.applyMethod === "portal" ? (
        <p className="body">
          <Link to={`${base}/applications`}>See the applications for this vacancy</Link>
        </p>
      ) : null}
      {(state === "closed" || state === "archived") && posting.closedReason ? (
        <p className="body">Closed: {posting.closedReason}</p>
      ) : null}

      <div className="button-group">
        {canEdit(state) ? (
          <Link to={`${base}/edit`} className="button button--secondary">
            Change the details
          </Link>
        ) : null}
        {kind === "placement" && canEdit(state) ? (
          <Link to={`${base}/safeguarding`} className="button button--secondary">
            Safeguarding checks
          </Link>
        ) : null}
        {events.includes("submit") ? (
          <IntentButton intent="submit">Send for checking</IntentButton>
        ) : null}
        {canClone(state) ? (
          <IntentButton intent="clone" secondary>
            Copy to post again
          </IntentButton>
        ) : null}
        {events.includes("archive") ? (
          <IntentButton intent="archive" secondary>
            Archive
          </IntentButton>
        ) : null}
      </div>

      {kind === "placement" && canEdit(state) ? (
        missing.length === 0 ? (
          <p className="body">The safeguarding checks are complete.</p>
        ) : (
          <>
            <h2 className="heading-m">Safeguarding checks still needed</h2>
            <ul className="list list--bullet">
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </>
        )
      ) : null}

      <h2 className="heading-m">Details</h2>
      {kind === "apprenticeship" && "shortDescription" in posting ? (
        <SummaryList rows={apprenticeshipRows(posting, { full: true })} />
      ) : null}
      {kind === "placement" && "description" in posting ? (
        <>
          <p className="body pre-line">{posting.description}</p>
          <SummaryList rows={placementRows(posting)} />
        </>
      ) : null}

      {kind === "placement" ? (
        <>
          <h2 className="heading-m">Requests from schools</h2>
          <p className="body">
            {placesText(accepted)} accepted out of {"places" in posting ? posting.places : 0}.
          </p>
          {requests.length === 0 ? (
            <p className="body">No requests yet.</p>
          ) : (
            <Table
              caption="Requests for this placement"
              head={["School", "Year group", "Places asked for", "State"]}
              numeric={[2]}
              rows={requests.map((r) => [
                <Link to={`/requests/${r.id}`} key="s">
                  {schoolNameOf(r.school)}
                </Link>,
                `Year ${r.yearGroup}`,
                r.places,
                <RequestStateTag state={r.state} key="t" />,
              ])}
            />
          )}
        </>
      ) : null}

      {events.includes("close") ? (
        <>
          <h2 className="heading-m">Close this posting</h2>
          <p className="body">
            Nobody can find it or ask for it once it is closed. You can copy it later to post it
            again.
          </p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.actionSchema)}
            intent="close"
            actionData={actionData}
          >
            <Textarea name="reason" label="Why are you closing it? (optional)" rows={3} />
            <button type="submit" className="button button--warning">
              Close the posting
            </button>
          </ValidatedForm>
        </>
      ) : null}

      {posting.reviews.length > 0 ? (
        <>
          <h2 className="heading-m">History</h2>
          <ul className="list">
            {posting.reviews.map((r, i) => (
              <li key={i}>
                {formatDate(r.createdAt)}: {historyLabels[r.decision] ?? r.decision}
                {r.reason ? <span className="pre-line">: {r.reason}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

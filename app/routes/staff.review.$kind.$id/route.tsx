import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { formatDate } from "~/time/format";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { sizeBandName } from "~/organisations/reference-data";
import { VerificationStatusValue } from "~/organisations/verification-status";
import { apprenticeshipRows, placementRows } from "~/opportunities/posting-summary";
import { postingKindFromPath } from "~/opportunities/posting-kind";
import { postingStateNames, postingStateOf } from "~/opportunities/posting-state";
import { decideOnPosting } from "~/opportunities/review.server";
import { reviewDecisionSchema } from "~/opportunities/schemas";
import { formatWholePounds } from "~/opportunities/money";
import { postingToReview } from "./queries.server";
import { applicationCounts } from "~/applications/employer.server";
import { ApplicationCountsTable } from "~/applications/staff-counts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Review: ${data?.posting.title ?? "posting"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const posting = await postingToReview(kind, params.id ?? "");
  if (!posting) notFound();
  // Staff see how many applied, never who (decision 042).
  const applications =
    posting.kind === "apprenticeship" && posting.posting.applyMethod === "portal"
      ? await applicationCounts(posting.posting.id)
      : null;
  return {
    applications,
    ...posting,
    posting: { ...posting.posting, state: postingStateOf(posting.posting.state) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const kind = postingKindFromPath(params.kind) ?? notFound();
  const parsed = parseForm(reviewDecisionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await decideOnPosting(
    kind,
    params.id ?? "",
    { id: staff.id, email: staff.email },
    parsed.data,
  );
  if (result.status !== "done") return notDone(result, parsed.values);
  const { title } = result.value;
  return parsed.data.intent !== "request-changes"
    ? redirectWithFlash(
        request,
        "/staff/review",
        parsed.data.intent === "verify-and-approve"
          ? `The employer is checked and "${title}" is approved and live.`
          : `"${title}" is approved and live.`,
      )
    : redirectWithFlash(
        request,
        "/staff/review",
        `Changes asked for on "${title}". The employer has been told.`,
      );
}

export default function ReviewPosting() {
  const { kind, posting, applications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const state = posting.state;
  const employer = posting.organisation;
  return (
    <>
      <BackLink to="/staff/review">Back to the review queue</BackLink>
      <PageHeading
        caption={`${posting.organisation.name} (${sizeBandName(posting.organisation.sizeBand) || "size not given"})`}
      >
        {posting.title}
      </PageHeading>
      <p className="body">
        {postingStateNames[state]}. Sent on {formatDate(posting.submittedAt)}.
      </p>
      <h2 className="heading-m">The employer</h2>
      <SummaryList
        rows={[
          {
            key: "Checked by the partnership",
            value: (
              <VerificationStatusValue
                status={employer.verificationStatus}
                reason={employer.verificationReason}
              />
            ),
          },
        ]}
      />
      <p className="body">
        <Link to={`/staff/verification/${employer.id}`}>See {employer.name}&apos;s details</Link>
      </p>
      {"fullDescription" in posting ? (
        <>
          <p className="body pre-line">{posting.fullDescription}</p>
          <SummaryList rows={apprenticeshipRows(posting, { full: true })} />
          {applications ? (
            <>
              <h2 className="heading-m">Applications</h2>
              <p className="body">Staff see how many people applied, not who they are.</p>
              <ApplicationCountsTable caption="Applications by state" counts={applications} />
            </>
          ) : null}
        </>
      ) : null}
      {"description" in posting ? (
        <>
          <p className="body pre-line">{posting.description}</p>
          <SummaryList rows={placementRows(posting)} />
          <h2 className="heading-m">Safeguarding</h2>
          <SummaryList
            rows={[
              { key: "Insurer", value: posting.insurer ?? "Not given" },
              { key: "Insurance ends", value: formatDate(posting.insuranceExpiry) || "Not given" },
              {
                key: "Cover",
                value: posting.insuranceCoverPounds
                  ? formatWholePounds(posting.insuranceCoverPounds)
                  : "Not given",
              },
              {
                key: "Risk assessment written down",
                value: posting.riskAssessmentWritten === "yes" ? "Yes" : "No",
              },
              { key: "DBS check needed", value: posting.dbsNeeded === "yes" ? "Yes" : "No" },
              {
                key: "Safeguarding contact",
                value: `${posting.safeguardingContactName ?? ""}, ${posting.safeguardingContact ?? ""}`,
              },
            ]}
          />
        </>
      ) : null}
      {state === "submitted" ? (
        <div className="grid grid--2">
          <section>
            {employer.verificationStatus === "verified" ? (
              <>
                <h2 className="heading-m">Approve</h2>
                <p className="body">It goes live straight away and the employer is told.</p>
                <ValidatedForm
                  schema={() =>
                    import("~/opportunities/schemas").then((m) => m.reviewDecisionSchema)
                  }
                  intent="approve"
                  actionData={actionData}
                >
                  <button type="submit" className="button">
                    Approve and publish
                  </button>
                </ValidatedForm>
              </>
            ) : employer.verificationStatus === "unverified" ? (
              <>
                <h2 className="heading-m">Check the employer and approve</h2>
                <p className="body">
                  This employer has not been checked yet. Only checked employers reach schools. Look
                  at its details first. If they are right, this marks the employer as checked and
                  puts the posting live. Both are recorded.
                </p>
                <ValidatedForm
                  schema={() =>
                    import("~/opportunities/schemas").then((m) => m.reviewDecisionSchema)
                  }
                  intent="verify-and-approve"
                  actionData={actionData}
                >
                  <button type="submit" className="button">
                    Check the employer and approve
                  </button>
                </ValidatedForm>
              </>
            ) : (
              <>
                <h2 className="heading-m">This posting cannot go live</h2>
                <p className="body">
                  The partnership did not accept this employer, so its postings cannot go live. Send
                  it back to tell them.
                </p>
              </>
            )}
          </section>
          <section>
            <h2 className="heading-m">Ask for changes</h2>
            <ValidatedForm
              schema={() => import("~/opportunities/schemas").then((m) => m.reviewDecisionSchema)}
              intent="request-changes"
              actionData={actionData}
            >
              <Textarea
                name="reason"
                label="What needs to change?"
                hint="The employer sees this, so write it for them."
                rows={4}
              />
              <button type="submit" className="button button--secondary">
                Ask for changes
              </button>
            </ValidatedForm>
          </section>
        </div>
      ) : null}
      {state === "live" ? (
        <p className="body">
          <Link
            to={`/staff/take-down/${kind === "placement" ? "placements" : "apprenticeships"}/${posting.id}`}
          >
            Take this posting down
          </Link>
        </p>
      ) : null}
      <p className="secondary">
        {kind === "placement" ? "Work-experience placement" : "Apprenticeship vacancy"}
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

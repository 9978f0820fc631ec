import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { describeFileSize } from "~/applications/cv";
import { describeAnswers } from "~/applications/describe";
import { applicationAnswerRows } from "~/applications/answer-rows";
import { closeApplicationReport, applicationReportForStaff } from "~/applications/reports.server";
import { ApplicationStateTag } from "~/applications/state-tag";
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
} from "~/opportunities/concerns";
import { formatDateTime } from "~/time/format";
import { closeReportSchema } from "./forms";

// One application an employer reported, as partnership staff read it: the
// report, the application's answers (the only application staff can read,
// decision 042), and closing the report with an outcome (the employer is told).

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Reported application: ${data?.vacancy.title ?? "vacancy"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const report = await applicationReportForStaff(params.id ?? "");
  if (!report) notFound();
  const { application: a } = report;
  const vacancy = a.apprenticeship;
  return {
    report: {
      id: report.id,
      details: report.details,
      createdAt: formatDateTime(report.createdAt),
      raisedBy: report.raisedBy,
      closedAt: report.closedAt ? formatDateTime(report.closedAt) : null,
      closedBy: report.closedBy?.name ?? null,
      outcome: report.outcome ? concernOutcomeLabel(report.outcome) : null,
      outcomeNote: report.outcomeNote,
    },
    vacancy: {
      title: vacancy.title,
      employer: vacancy.organisation,
      disabilityConfident: vacancy.disabilityConfident,
    },
    application: {
      ...describeAnswers(a, vacancy),
      state: a.state,
      submittedAt: a.submittedAt ? formatDateTime(a.submittedAt) : "",
      cv: a.cv ? `${a.cv.fileName} (${describeFileSize(a.cv.size)})` : null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(closeReportSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await closeApplicationReport(
    { id: staff.id, email: staff.email },
    params.id ?? "",
    parsed.data,
  );
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/staff/reported-applications",
    result.value.told
      ? `The report on an application for "${result.value.title}" is closed. We have told the employer.`
      : `The report on an application for "${result.value.title}" is closed. The person who reported it has left, so no one was told.`,
  );
}

export default function StaffReportedApplication() {
  const { report, vacancy, application: a } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/staff/reported-applications">Back to reported applications</BackLink>
      <PageHeading caption="Reported application">{vacancy.title}</PageHeading>
      <p className="body">
        {report.closedAt ? <Tag colour="grey">Closed</Tag> : <Tag colour="red">Open</Tag>}
      </p>
      <h2 className="heading-m">What was reported</h2>
      <p className="body">
        Reported by {report.raisedBy?.name ?? "someone who has left"} for{" "}
        <Link to={`/staff/verification/${vacancy.employer.id}`}>{vacancy.employer.name}</Link>
        {report.raisedBy ? (
          <>
            {" "}
            (<a href={`mailto:${report.raisedBy.email}`}>{report.raisedBy.email}</a>)
          </>
        ) : null}{" "}
        on {report.createdAt}.
      </p>
      <InsetText>
        <p className="body pre-line">{report.details}</p>
      </InsetText>

      <h2 className="heading-m">The application</h2>
      <p className="body">
        <ApplicationStateTag state={a.state} /> Sent {a.submittedAt}
      </p>
      <SummaryList
        rows={[
          { key: "Name", value: a.name },
          { key: "Email address", value: a.email },
          ...applicationAnswerRows(a, vacancy.disabilityConfident),
          // The file stays with the employer: staff see that there is one, not what it says.
          { key: "CV", value: a.cv ? `Sent: ${a.cv}` : "None sent" },
        ]}
      />

      <section aria-labelledby="outcome-heading">
        <h2 className="heading-m" id="outcome-heading">
          {report.closedAt ? "How it was closed" : "Close this report"}
        </h2>
        {report.closedAt && report.outcome ? (
          <SummaryList
            rows={[
              { key: "Outcome", value: report.outcome },
              {
                key: "What staff found and did",
                value: <span className="pre-line">{report.outcomeNote}</span>,
              },
              {
                key: "Closed",
                value: `${report.closedAt} by ${report.closedBy ?? "someone who has left"}`,
              },
            ]}
          />
        ) : (
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.closeReportSchema)}
            actionData={actionData}
          >
            <Radios name="outcome" legend="What came of it?" options={concernOutcomeOptions} />
            <Textarea
              name="outcomeNote"
              label="What did you find and do?"
              hint="Only partnership staff see this. We tell the employer we looked at it, and what came of it."
              rows={4}
              maxLength={concernNoteMaxLength}
            />
            <Button>Close the report</Button>
          </ValidatedForm>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

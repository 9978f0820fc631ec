import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { employerMovesFrom, moveLabels, stateLabels } from "~/applications/application-state";
import {
  employerApplication,
  employerVacancy,
  requireApplicationsReader,
  moveApplication,
} from "~/applications/employer.server";
import { applicationActionSchema } from "~/applications/employer-forms";
import { openReportOn, reportApplication } from "~/applications/reports.server";
import { FEEDBACK_MAX_LENGTH, REPORT_MAX_LENGTH } from "~/applications/answer-options";
import { describeAnswers } from "~/applications/describe";
import { applicationAnswerRows } from "~/applications/answer-rows";
import { ApplicationStateTag } from "~/applications/state-tag";
import { describeFileSize } from "~/applications/cv";
import { notFound } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, ErrorSummary, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { formatDate, formatDateTime } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Application from ${data?.application.name ?? "an applicant"} - SkillsBridge` },
];

async function own(request: Request, params: { id?: string; applicationId?: string }) {
  const user = await requireApplicationsReader(request);
  const vacancy = await employerVacancy(user, params.id!);
  if (!vacancy) notFound();
  const application = await employerApplication(user, vacancy.id, params.applicationId!);
  if (!application) notFound();
  return { user, vacancy, application };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { vacancy, application: a } = await own(request, params);
  const report = await openReportOn(a.id);
  return {
    reportedOn: report ? formatDate(report.createdAt) : null,
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      disabilityConfident: vacancy.disabilityConfident,
    },
    application: {
      id: a.id,
      ...describeAnswers(a, vacancy),
      feedback: a.feedback,
      cv: a.cv ? `${a.cv.fileName} (${describeFileSize(a.cv.size)})` : null,
      state: a.state,
      submittedAt: a.submittedAt ? formatDateTime(a.submittedAt) : "",
    },
    moves: employerMovesFrom(a.state).filter((to) => to !== "unsuccessful"),
    canEnd: employerMovesFrom(a.state).includes("unsuccessful"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, vacancy, application } = await own(request, params);
  const parsed = parseForm(applicationActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const here = `/postings/apprenticeships/${vacancy.id}/applications/${application.id}`;
  if (parsed.data.intent === "report") {
    const result = await reportApplication(user, vacancy.id, application.id, parsed.data.details);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      here,
      "Thank you. The partnership team has your report and will look at this application.",
    );
  }
  const to = parsed.data.intent === "move" ? parsed.data.to : "unsuccessful";
  const feedback = parsed.data.intent === "unsuccessful" ? parsed.data.feedback : null;
  const result = await moveApplication(user, vacancy.id, application.id, to, feedback);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    here,
    `${application.name ?? "The application"} is now ${stateLabels[to].toLowerCase()}. We have emailed them to say so.`,
  );
}

export default function EmployerApplication() {
  const { vacancy, application: a, moves, canEnd, reportedOn } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const moveErrors = actionData?.values?.intent === "move" ? (actionData.errors ?? {}) : {};
  const reportRefused = actionData?.values?.intent === "report";
  return (
    <>
      <BackLink to={`/postings/apprenticeships/${vacancy.id}/applications`}>
        Back to all applications
      </BackLink>
      <ErrorSummary errors={moveErrors} />
      <PageHeading caption={vacancy.title}>{a.name}</PageHeading>
      <p className="body">
        <ApplicationStateTag state={a.state} /> Sent {a.submittedAt}
      </p>
      <SummaryList
        rows={[
          { key: "Email address", value: <a href={`mailto:${a.email}`}>{a.email}</a> },
          ...applicationAnswerRows(a, vacancy.disabilityConfident),
          {
            key: "CV",
            value: a.cv ? (
              <a href={`/postings/apprenticeships/${vacancy.id}/applications/${a.id}/cv`}>
                Download the CV<span className="visually-hidden"> of {a.name}</span>: {a.cv}
              </a>
            ) : (
              "None sent"
            ),
          },
          ...(a.feedback ? [{ key: "Feedback you sent", value: a.feedback }] : []),
        ]}
      />
      {moves.length > 0 || canEnd ? <h2 className="heading-m">Move this application on</h2> : null}
      {moves.map((to) => (
        <Form method="post" key={to}>
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="to" value={to} />
          <p className="body">We will email {a.name} to tell them.</p>
          <button type="submit" className="button button--primary">
            {moveLabels[to]}
          </button>
        </Form>
      ))}
      {canEnd ? (
        <>
          <h2 className="heading-m">Or end it here</h2>
          <ValidatedForm
            intent="unsuccessful"
            schema={() => import("~/applications/employer-forms").then((m) => m.unsuccessfulSchema)}
            actionData={actionData}
          >
            <Textarea
              name="feedback"
              label="Feedback for the applicant (optional)"
              rows={4}
              maxLength={FEEDBACK_MAX_LENGTH}
              hint="Kind and short. It helps them with their next application."
            />
            <Button variant="warning">Mark as unsuccessful</Button>
          </ValidatedForm>
        </>
      ) : null}
      {reportedOn ? (
        <InsetText>
          You reported this application to the partnership team on {reportedOn}. They can read it
          while they look into it, and will tell you what they did.
        </InsetText>
      ) : (
        // Open again after a refused report, so its error shows without JavaScript.
        <details className="details" open={reportRefused || undefined}>
          <summary>Report this application</summary>
          <div className="details__text">
            <p className="body">
              If this application worries you, tell the partnership team. For example, if it is
              rude, is spam, or you are worried about the person&apos;s safety. They will be able to
              read this one application. They cannot see any other.
            </p>
            <ValidatedForm
              schema={() =>
                import("~/applications/employer-forms").then((m) => m.applicationActionSchema)
              }
              intent="report"
              actionData={actionData}
            >
              <Textarea
                name="details"
                label="What worries you?"
                rows={4}
                maxLength={REPORT_MAX_LENGTH}
              />
              <button type="submit" className="button button--warning">
                Send to the partnership team
              </button>
            </ValidatedForm>
          </div>
        </details>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

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
import { FEEDBACK_MAX_LENGTH } from "~/applications/answer-options";
import { employerQuestions } from "~/applications/rules";
import { activityName, levelName, readQualifications } from "~/applications/answer-options";
import { ApplicationStateTag } from "~/applications/state-tag";
import { describeFileSize } from "~/applications/cv";
import { notFound } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, ErrorSummary, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { localAuthorities } from "~/organisations/reference-data";
import { formatDateTime } from "~/time/format";

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
  const questions = employerQuestions(vacancy);
  return {
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      disabilityConfident: vacancy.disabilityConfident,
    },
    application: {
      id: a.id,
      name: a.name ?? "",
      email: a.email,
      phone: a.phone ?? "Not given",
      area:
        localAuthorities.find((la) => la.id === a.localAuthority)?.name ??
        (a.outcode ? `Postcode area ${a.outcode}` : ""),
      now: activityName(a.currentActivity),
      qualifications: a.noQualifications
        ? ["None yet"]
        : readQualifications(a.qualifications).map(
            (q) => `${q.subject}, grade ${q.grade}, ${levelName(q.level)}`,
          ),
      whyThis: a.whyThis ?? "",
      answers: questions.map((question, i) => ({
        question,
        answer: [a.answer1, a.answer2, a.answer3][i] ?? "",
      })),
      adjustments: a.adjustments ?? "None",
      guaranteedInterview: a.guaranteedInterview,
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
  const to = parsed.data.intent === "move" ? parsed.data.to : "unsuccessful";
  const feedback = parsed.data.intent === "unsuccessful" ? parsed.data.feedback : null;
  const result = await moveApplication(user, vacancy.id, application.id, to, feedback);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `/postings/apprenticeships/${vacancy.id}/applications/${application.id}`,
    `${application.name ?? "The application"} is now ${stateLabels[to].toLowerCase()}. We have emailed them to say so.`,
  );
}

export default function EmployerApplication() {
  const { vacancy, application: a, moves, canEnd } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const moveErrors = actionData?.values?.intent === "move" ? (actionData.errors ?? {}) : {};
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
          { key: "Phone number", value: a.phone },
          { key: "Where they live", value: a.area },
          { key: "What they are doing now", value: a.now },
          {
            key: "Qualifications",
            value: (
              <ul className="list">
                {a.qualifications.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            ),
          },
          {
            key: "Why they want this apprenticeship",
            value: <span className="pre-line">{a.whyThis}</span>,
          },
          ...a.answers.map(({ question, answer }) => ({
            key: question,
            value: <span className="pre-line">{answer}</span>,
          })),
          { key: "Help at an interview", value: <span className="pre-line">{a.adjustments}</span> },
          ...(vacancy.disabilityConfident
            ? [
                {
                  key: "Guaranteed interview scheme",
                  value: a.guaranteedInterview ? "Yes, applying under the scheme" : "No",
                },
              ]
            : []),
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
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

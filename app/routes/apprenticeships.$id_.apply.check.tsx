import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireDraft } from "~/applications/applicant-session.server";
import { sendApplication } from "~/applications/apply.server";
import { firstUnanswered, type ApplyStep } from "~/applications/rules";
import { activityName, levelName, readQualifications } from "~/applications/answer-options";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { describeFileSize } from "~/applications/cv";
import { cvSummaryOf } from "~/applications/cv.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/forms/fields";
import { PageHeading, SummaryList, type SummaryRow } from "~/components/ui";
import { localAuthorities } from "~/organisations/reference-data";

export const meta: MetaFunction = () => [{ title: "Check your answers - SkillsBridge" }];

async function load(request: Request, id: string) {
  const vacancy = await requireVacancyForApplying(id);
  if (!vacancy.open) throw redirect(`/apprenticeships/${vacancy.id}/apply`);
  const draft = await requireDraft(request, vacancy.id);
  return { vacancy, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const missing = firstUnanswered(draft, vacancy);
  if (missing) throw redirect(`/apprenticeships/${vacancy.id}/apply/${missing}`);
  const area =
    localAuthorities.find((la) => la.id === draft.localAuthority)?.name ??
    (draft.outcode ? `Postcode area ${draft.outcode}` : "");
  const qualifications = readQualifications(draft.qualifications);
  const cv = await cvSummaryOf(draft.id);
  return {
    applicationId: draft.id,
    cv: cv ? `${cv.fileName} (${describeFileSize(cv.size)})` : null,
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      employer: vacancy.employer,
      questions: vacancy.questions,
      disabilityConfident: vacancy.disabilityConfident,
    },
    answers: {
      email: draft.email,
      name: draft.name ?? "",
      phone: draft.phone ?? "Not given",
      area,
      now: activityName(draft.currentActivity),
      qualifications: draft.noQualifications
        ? ["None yet"]
        : qualifications.map((q) => `${q.subject}, grade ${q.grade}, ${levelName(q.level)}`),
      whyThis: draft.whyThis ?? "",
      answers: [draft.answer1, draft.answer2, draft.answer3],
      adjustments: draft.adjustments ?? "None",
      guaranteedInterview: draft.guaranteedInterview ? "Yes" : "No",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const result = await sendApplication(draft.id, vacancy.id);
  if (result.status === "unanswered")
    return redirect(`/apprenticeships/${vacancy.id}/apply/${result.step}`);
  if (result.status !== "done") return notDone(result, {});
  return redirect(`/apprenticeships/${vacancy.id}/apply/done`);
}

export default function CheckAnswers() {
  const { vacancy, answers, applicationId, cv } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const change = (step: ApplyStep, what: string): SummaryRow["action"] => ({
    href: `/apprenticeships/${vacancy.id}/apply/${step}?change`,
    label: "Change",
    hiddenText: what,
  });
  const rows: SummaryRow[] = [
    { key: "Email address", value: answers.email },
    { key: "Name", value: answers.name, action: change("name", "your name") },
    { key: "Phone number", value: answers.phone, action: change("phone", "your phone number") },
    { key: "Where you live", value: answers.area, action: change("area", "where you live") },
    {
      key: "What you are doing now",
      value: answers.now,
      action: change("now", "what you are doing now"),
    },
    {
      key: "Qualifications",
      value: (
        <ul className="list">
          {answers.qualifications.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      ),
      action: change("qualifications", "your qualifications"),
    },
    {
      key: "Why you want this apprenticeship",
      value: <span className="pre-line">{answers.whyThis}</span>,
      action: change("why", "why you want this apprenticeship"),
    },
    ...vacancy.questions.map((question, i) => ({
      key: question,
      value: <span className="pre-line">{answers.answers[i] ?? ""}</span>,
      action: change("questions", `your answer to question ${i + 1}`),
    })),
    {
      key: "Help at an interview",
      value: <span className="pre-line">{answers.adjustments}</span>,
      action: change("adjustments", "the help you need at an interview"),
    },
    ...(vacancy.disabilityConfident
      ? [
          {
            key: "Guaranteed interview scheme",
            value: answers.guaranteedInterview,
            action: change("guaranteed-interview", "the guaranteed interview scheme"),
          },
        ]
      : []),
    {
      key: "CV",
      value: cv ? <a href={`/applications/${applicationId}/cv`}>{cv}</a> : "None",
      action: change("cv", "your CV"),
    },
  ];
  return (
    <>
      <ErrorSummary errors={actionData?.errors ?? {}} />
      <PageHeading caption={`${vacancy.title}, ${vacancy.employer}`}>
        Check your answers
      </PageHeading>
      <SummaryList rows={rows} />
      <h2 className="heading-m">Now send your application</h2>
      <p className="body">
        When you send it, {vacancy.employer} will see your answers. You cannot change them after
        that.
      </p>
      <Form method="post">
        <button type="submit" className="button button--primary">
          Send my application
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

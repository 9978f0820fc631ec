import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireDraft, type Draft } from "~/applications/applicant-session.server";
import { saveDraftAnswers, type StepAnswers } from "~/applications/apply.server";
import { isApplyStep, nextStep, stepsFor, type ApplyStep } from "~/applications/rules";
import { stepSchema } from "~/applications/schemas";
import {
  ANSWER_MAX_LENGTH,
  currentActivities,
  WHY_MAX_LENGTH,
} from "~/applications/answer-options";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { notFound } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import {
  Button,
  Radios,
  Select,
  selectOptions,
  Textarea,
  TextInput,
} from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { parseForm, type FormValues } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { localAuthorities } from "~/organisations/reference-data";

// Qualifications and the CV have pages of their own.
type QuestionStep = Exclude<ApplyStep, "qualifications" | "cv">;

const headings: Record<QuestionStep, string> = {
  name: "What is your name?",
  phone: "What is your phone number?",
  area: "Where do you live?",
  now: "What are you doing now?",
  why: "Why do you want this apprenticeship?",
  questions: "The employer's questions",
  adjustments: "Do you need anything to help you at an interview?",
  "guaranteed-interview": "Do you want to apply under the guaranteed interview scheme?",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? headings[data.step] : "Apply"} - SkillsBridge` },
];

function stepOf(param: string | undefined): QuestionStep {
  if (!param || !isApplyStep(param) || param === "qualifications" || param === "cv") notFound();
  return param;
}

/** What the page shows in its boxes: the saved answers, as a form posts them. */
function savedValues(draft: Draft): FormValues {
  const text = (v: string | null) => v ?? "";
  return {
    name: text(draft.name),
    phone: text(draft.phone),
    localAuthority: text(draft.localAuthority),
    outcode: text(draft.outcode),
    currentActivity: text(draft.currentActivity),
    whyThis: text(draft.whyThis),
    answer1: text(draft.answer1),
    answer2: text(draft.answer2),
    answer3: text(draft.answer3),
    adjustments: text(draft.adjustments),
    guaranteedInterview: draft.guaranteedInterview ? "yes" : "",
  };
}

async function load(request: Request, params: { id?: string; step?: string }) {
  const step = stepOf(params.step);
  const vacancy = await requireVacancyForApplying(params.id!);
  if (!vacancy.open) throw redirect(`/apprenticeships/${vacancy.id}/apply`);
  const draft = await requireDraft(request, vacancy.id);
  // A step this vacancy does not ask (no employer questions, say) is not a page.
  if (!stepsFor(vacancy).includes(step)) notFound();
  return { step, vacancy, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { step, vacancy, draft } = await load(request, params);
  const steps = stepsFor(vacancy);
  const index = steps.indexOf(step);
  const change = new URL(request.url).searchParams.has("change");
  const previous = index > 0 ? steps[index - 1] : undefined;
  return {
    step,
    progress: `Question ${index + 1} of ${steps.length}`,
    back: change
      ? `/apprenticeships/${vacancy.id}/apply/check`
      : previous
        ? `/apprenticeships/${vacancy.id}/apply/${previous}`
        : `/apprenticeships/${vacancy.id}`,
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      employer: vacancy.employer,
      questions: vacancy.questions,
    },
    values: savedValues(draft),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { step, vacancy, draft } = await load(request, params);
  const parsed = parseForm(stepSchema(step, vacancy.questions.length), await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await saveDraftAnswers(draft.id, vacancy.id, parsed.data as StepAnswers);
  if (result.status !== "done") return notDone(result, parsed.values);
  const change = new URL(request.url).searchParams.has("change");
  const next = change ? "check" : nextStep(step, vacancy);
  return redirect(`/apprenticeships/${vacancy.id}/apply/${next}`);
}

function Fields({ step, questions }: { step: QuestionStep; questions: string[] }) {
  switch (step) {
    case "name":
      return (
        <TextInput name="name" label="Your full name" autoComplete="name" spellCheck={false} />
      );
    case "phone":
      return (
        <TextInput
          name="phone"
          label="Phone number (optional)"
          type="tel"
          autoComplete="tel"
          width="20"
          hint="The employer may call you about an interview. You can leave this empty."
        />
      );
    case "area":
      return (
        <>
          <Select
            name="localAuthority"
            label="Your local council area"
            options={selectOptions(localAuthorities)}
          />
          <TextInput
            name="outcode"
            label="Or the first half of your postcode"
            width="5"
            autoComplete="off"
            hint="Like B15. Only the first half, so we do not know your street."
          />
        </>
      );
    case "now":
      return (
        <Radios
          name="currentActivity"
          legend="Choose the one that fits best"
          options={selectOptions(currentActivities)}
        />
      );
    case "why":
      return (
        <Textarea
          name="whyThis"
          label="Your answer"
          rows={8}
          hint={`Tell the employer what interests you and what you would bring. Up to ${WHY_MAX_LENGTH} characters.`}
        />
      );
    case "questions":
      return (
        <>
          {questions.map((question, i) => (
            <Textarea
              key={i}
              name={`answer${i + 1}`}
              label={`Question ${i + 1}: ${question}`}
              rows={5}
              hint={`Up to ${ANSWER_MAX_LENGTH} characters.`}
            />
          ))}
        </>
      );
    case "adjustments":
      return (
        <Textarea
          name="adjustments"
          label="What you need (optional)"
          rows={4}
          hint="For example, step-free access, extra time, or a sign language interpreter. Leave it empty if you need nothing."
        />
      );
    case "guaranteed-interview":
      return (
        <Radios
          name="guaranteedInterview"
          legend="Apply under the scheme?"
          hint="This employer is Disability Confident. If you have a disability and meet the essential needs of the job, you will be offered an interview."
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
      );
  }
}

export default function ApplicationStep() {
  const { step, progress, back, vacancy, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const count = vacancy.questions.length;
  return (
    <>
      <BackLink to={back}>Back</BackLink>
      <PageHeading caption={`${progress}. ${vacancy.title}, ${vacancy.employer}`}>
        {headings[step]}
      </PageHeading>
      <ValidatedForm
        key={step}
        schema={() => import("~/applications/schemas").then((m) => m.stepSchema(step, count))}
        actionData={actionData}
        defaultValues={values}
      >
        <Fields step={step} questions={vacancy.questions} />
        <Button>Continue</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

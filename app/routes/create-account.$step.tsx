import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { signUpStepSchema } from "~/accounts/schemas";
import { currentSignUpDraft, saveSignUpAnswers } from "~/accounts/sign-up-draft.server";
import {
  detailsHeading,
  firstUnanswered,
  isAnswerStep,
  previousSignUpStep,
  signUpPath,
  signUpSteps,
  type AnswerStep,
  type SignUpRole,
} from "~/accounts/sign-up-steps";
import { notFound, requireAnonymous } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EmailInput } from "~/components/forms/account-inputs";
import { Button, Select, selectOptions, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { localAuthorities, schoolPhases, sectors, sizeBands } from "~/organisations/reference-data";

// Create account, pages 2 to 4 (decision 048): the organisation, that kind's
// own questions, then the person. Each page checks only its own fields and
// keeps them in the sign-up draft.

function headingOf(step: AnswerStep, role: SignUpRole) {
  if (step === "organisation") return "Your organisation";
  if (step === "details") return detailsHeading[role];
  return "About you";
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? headingOf(data.step, data.role) : "Create an account"} - SkillsBridge`,
  },
];

/** The draft and the page, or off to the page to answer first. */
async function load(request: Request, param: string | undefined) {
  await requireAnonymous(request);
  if (!isAnswerStep(param)) notFound();
  const draft = await currentSignUpDraft(request);
  const role = draft?.answers.role;
  if (!draft || !role) throw redirect(signUpPath("kind"));
  // A page after one not yet answered waits for it.
  const first = firstUnanswered(draft.answers);
  if (signUpSteps.indexOf(param) > signUpSteps.indexOf(first)) throw redirect(signUpPath(first));
  return { step: param, role, saved: draft.answers[param] ?? null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return load(request, params.step);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { step, role } = await load(request, params.step);
  const schema = signUpStepSchema(step, role);
  const parsed = parseForm(schema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  // Keep what was typed for this page's own fields only (checked again on the last page).
  const answers: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = parsed.values[name];
    answers[name] = typeof value === "string" ? value : "";
  }
  const saved = await saveSignUpAnswers(request, { step, answers });
  if (saved.status !== "done") return notDone(saved, parsed.values);
  throw redirect(signUpPath(saved.value.next), { headers: { "Set-Cookie": saved.value.cookie } });
}

function OrganisationFields() {
  return (
    <>
      <TextInput
        name="organisationName"
        label="Name of your organisation"
        autoComplete="organization"
      />
      <Select
        name="localAuthority"
        label="Which area is it in?"
        options={selectOptions(localAuthorities)}
      />
      <TextInput name="postcode" label="Postcode" autoComplete="postal-code" width="10" />
    </>
  );
}

function CompaniesHouseField() {
  return (
    <TextInput
      name="companiesHouseNumber"
      label="Companies House number, if it has one"
      hint="8 letters and numbers, like 01234567. It helps us check who you are."
      width="10"
      spellCheck={false}
    />
  );
}

function DetailsFields({ role }: { role: SignUpRole }) {
  if (role === "school") {
    return (
      <>
        <TextInput
          name="schoolUrn"
          label="School reference number (URN)"
          hint="6 digits. You can find it on Get Information about Schools."
          inputMode="numeric"
          width="10"
        />
        <Select name="schoolPhase" label="Type of school" options={selectOptions(schoolPhases)} />
      </>
    );
  }
  if (role === "board") return <CompaniesHouseField />;
  return (
    <>
      <Select
        name="sector"
        label="What does your business do?"
        hint="Pick the closest match."
        options={selectOptions(sectors)}
      />
      <Select
        name="sizeBand"
        label="How many people work there?"
        options={selectOptions(sizeBands)}
      />
      <CompaniesHouseField />
    </>
  );
}

function PersonFields() {
  return (
    <>
      <TextInput name="name" label="Full name" autoComplete="name" spellCheck={false} />
      <EmailInput
        name="email"
        label="Email address"
        hint="We will send you a link to confirm it."
      />
    </>
  );
}

export default function CreateAccountStep() {
  const { step, role, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={signUpPath(previousSignUpStep(step))} />
      <PageHeading caption="Create an account">{headingOf(step, role)}</PageHeading>
      <ValidatedForm
        // The key makes a new form per page, so one page's answers never show on the next.
        key={step}
        schema={() => import("~/accounts/schemas").then((m) => m.signUpStepSchema(step, role))}
        actionData={actionData}
        defaultValues={saved ?? undefined}
      >
        {step === "organisation" ? <OrganisationFields /> : null}
        {step === "details" ? <DetailsFields role={role} /> : null}
        {step === "you" ? <PersonFields /> : null}
        <Button>Continue</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

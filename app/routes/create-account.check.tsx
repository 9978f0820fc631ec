import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { createAccount } from "~/accounts/accounts.server";
import { createAccountSchema, signUpFinishSchema } from "~/accounts/schemas";
import {
  clearSignUpCookie,
  currentSignUpDraft,
  endSignUpDraft,
  type SignUpDraft,
} from "~/accounts/sign-up-draft.server";
import {
  firstUnanswered,
  signUpPath,
  type SignUpAnswers,
  type SignUpStep,
} from "~/accounts/sign-up-steps";
import { requireAnonymous } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { NewPasswordInput, newPasswordHint } from "~/components/forms/new-password-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList, type SummaryRow } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { normalisePostcode } from "~/forms/fields";
import { parseForm, withoutSecrets } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { companiesHouseNumber } from "~/organisations/duplicates";
import { duplicatesAtSignUp } from "~/organisations/duplicates.server";
import { SignUpDuplicates } from "~/organisations/possible-duplicates";
import {
  localAuthorityName,
  schoolPhaseName,
  sectorName,
  sizeBandName,
} from "~/organisations/reference-data";

// Create account, the last page (decision 048): check the answers, then make
// a password. The password is asked here and nowhere else, so it is never
// kept between pages; the whole answer is checked again before the account is made.

export const meta: MetaFunction = () => [
  { title: "Check your answers and create a password - SkillsBridge" },
];

const roleNames = {
  sme: "A business (SME)",
  school: "A school or college",
  board: "A partnership board firm",
} as const;

/** Which page asks each field: an answer that no longer passes sends the person back there. */
const stepOfField: Record<string, SignUpStep> = {
  role: "kind",
  organisationName: "organisation",
  localAuthority: "organisation",
  postcode: "organisation",
  sector: "details",
  sizeBand: "details",
  companiesHouseNumber: "details",
  schoolUrn: "details",
  schoolPhase: "details",
  name: "you",
  email: "you",
};

/**
 * This page has only the password box: a refusal about another field (the
 * limits name the email address) is shown for the form as a whole.
 */
function onThisPage<T extends { status: string; field?: string }>(result: T): T {
  return result.field && result.field !== "password" ? { ...result, field: undefined } : result;
}

async function requireCompleteDraft(request: Request): Promise<SignUpDraft> {
  await requireAnonymous(request);
  const draft = await currentSignUpDraft(request);
  if (!draft) throw redirect(signUpPath("kind"));
  const first = firstUnanswered(draft.answers);
  if (first !== "check") throw redirect(signUpPath(first));
  return draft;
}

/** Rows as plain text, so the loader can send them. */
type AnswerRow = SummaryRow & { key: string; value: string };

function rowsOf(answers: SignUpAnswers): AnswerRow[] {
  const org = answers.organisation ?? {};
  const details = answers.details ?? {};
  const you = answers.you ?? {};
  const change = (step: SignUpStep, hiddenText: string) => ({
    href: signUpPath(step),
    label: "Change",
    hiddenText,
  });
  const role = answers.role ?? "sme";
  const rows: AnswerRow[] = [
    { key: "Kind of organisation", value: roleNames[role], action: change("kind", "kind") },
    { key: "Name", value: org.organisationName ?? "", action: change("organisation", "name") },
    {
      key: "Area",
      value: localAuthorityName(org.localAuthority),
      action: change("organisation", "area"),
    },
    {
      key: "Postcode",
      value: normalisePostcode(org.postcode ?? "") ?? org.postcode ?? "",
      action: change("organisation", "postcode"),
    },
  ];
  if (role === "sme") {
    rows.push(
      {
        key: "What it does",
        value: sectorName(details.sector),
        action: change("details", "what it does"),
      },
      { key: "Size", value: sizeBandName(details.sizeBand), action: change("details", "size") },
    );
  }
  if (role === "school") {
    rows.push(
      {
        key: "School reference number",
        value: details.schoolUrn ?? "",
        action: change("details", "school reference number"),
      },
      {
        key: "Type of school",
        value: schoolPhaseName(details.schoolPhase),
        action: change("details", "type of school"),
      },
    );
  } else {
    rows.push({
      key: "Companies House number",
      value: details.companiesHouseNumber
        ? (companiesHouseNumber(details.companiesHouseNumber) ?? details.companiesHouseNumber)
        : "None given",
      action: change("details", "Companies House number"),
    });
  }
  rows.push(
    { key: "Your name", value: you.name ?? "", action: change("you", "your name") },
    { key: "Email address", value: you.email ?? "", action: change("you", "email address") },
  );
  return rows;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const draft = await requireCompleteDraft(request);
  return { rows: rowsOf(draft.answers) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const draft = await requireCompleteDraft(request);
  const finish = parseForm(signUpFinishSchema, await readFormData(request));
  if (!finish.ok) return invalid(finish.errors, finish.values);
  const { answers } = draft;
  // The whole answer, checked once more as one (each page checked its own part).
  const whole = parseForm(createAccountSchema, {
    role: answers.role ?? "",
    ...answers.organisation,
    ...answers.details,
    ...answers.you,
    password: finish.data.password,
    notADuplicate: finish.data.notADuplicate ? "on" : "",
  });
  if (!whole.ok) {
    const field = Object.keys(whole.errors)[0] ?? "role";
    throw redirect(signUpPath(stepOfField[field] ?? "kind"));
  }
  const address = context.clientAddress ?? "unknown";
  if (!whole.data.notADuplicate) {
    // One organisation, one account group (decision 033): ask before making a second copy.
    const check = await duplicatesAtSignUp(
      { ...whole.data, kind: whole.data.role, name: whole.data.organisationName },
      address,
    );
    if (check.status !== "done") return notDone(onThisPage(check), finish.values);
    if (check.value.length > 0) {
      return data(
        {
          errors: {
            notADuplicate: "Ask to join your organisation, or tick the box to make a new one",
          },
          values: withoutSecrets(finish.values),
          duplicates: check.value,
        },
        { status: 400 },
      );
    }
  }
  const result = await createAccount(whole.data, address);
  if (result.status !== "done") return notDone(onThisPage(result), finish.values);
  await endSignUpDraft(draft.id);
  // The same answer whether or not the address already had an account (no enumeration).
  return redirectWithFlash(
    request,
    "/sign-in",
    `Thank you. We have sent an email to ${whole.data.email}. Open the link in it to confirm your email address, then sign in with your new password.`,
    { "Set-Cookie": clearSignUpCookie() },
  );
}

export default function CreateAccountCheck() {
  const { rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const duplicates = actionData && "duplicates" in actionData ? actionData.duplicates : null;
  return (
    <>
      <BackLink to={signUpPath("you")} />
      <PageHeading caption="Create an account">Check your answers</PageHeading>
      <SummaryList rows={rows} />
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.signUpFinishSchema)}
        actionData={actionData}
      >
        {duplicates ? <SignUpDuplicates duplicates={duplicates} /> : null}
        <h2 className="heading-m">Create a password</h2>
        <NewPasswordInput
          name="password"
          label="Create a password"
          hint={`${newPasswordHint} You can paste it in.`}
        />
        <Button>Create account</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

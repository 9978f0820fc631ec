import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { createAccount } from "~/accounts/accounts.server";
import { createAccountSchema } from "~/accounts/schemas";
import { requireAnonymous } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EmailInput } from "~/components/forms/account-inputs";
import {
  Button,
  Fieldset,
  Radios,
  Select,
  selectOptions,
  TextInput,
} from "~/components/forms/fields";
import { NewPasswordInput, newPasswordHint } from "~/components/forms/new-password-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { withoutSecrets } from "~/forms/parse";
import { duplicatesAtSignUp } from "~/organisations/duplicates.server";
import { SignUpDuplicates } from "~/organisations/possible-duplicates";
import { localAuthorities, schoolPhases, sectors, sizeBands } from "~/organisations/reference-data";

export const meta: MetaFunction = () => [
  { title: "Create an account - SkillsBridge" },
  {
    name: "description",
    content: "Make a free SkillsBridge account for your firm, school or college.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(createAccountSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const address = context.clientAddress ?? "unknown";
  if (!parsed.data.notADuplicate) {
    // One organisation, one account group (decision 033): ask before making a second copy.
    const check = await duplicatesAtSignUp(
      { ...parsed.data, kind: parsed.data.role, name: parsed.data.organisationName },
      address,
    );
    if (check.status !== "done") return notDone(check, parsed.values);
    if (check.value.length > 0) {
      return data(
        {
          errors: {
            notADuplicate: "Ask to join your organisation, or tick the box to make a new one",
          },
          values: withoutSecrets(parsed.values),
          duplicates: check.value,
        },
        { status: 400 },
      );
    }
  }
  const result = await createAccount(parsed.data, address);
  if (result.status !== "done") return notDone(result, parsed.values);
  // The same answer whether or not the address already had an account (no enumeration).
  return redirectWithFlash(
    request,
    "/sign-in",
    `Thank you. We have sent an email to ${parsed.data.email}. Open the link in it to confirm your email address, then sign in with your new password.`,
  );
}

const roleOptions = [
  {
    value: "sme",
    label: "A business (SME)",
    hint: "Check your digital skills, post jobs and placements, find a mentor.",
  },
  {
    value: "school",
    label: "A school or college",
    hint: "Find work experience and apprenticeships for your students.",
  },
  {
    value: "board",
    label: "A partnership board firm",
    hint: "Mentor small firms and run training.",
  },
];

export default function CreateAccount() {
  const actionData = useActionData<typeof action>();
  const duplicates = actionData && "duplicates" in actionData ? actionData.duplicates : null;
  return (
    <>
      <PageHeading>Create an account</PageHeading>
      <p className="body">It takes about 5 minutes. You need an email address you can open now.</p>
      <p className="body">
        Is your organisation already on SkillsBridge? Ask a colleague to invite you, or{" "}
        <Link to="/ask-to-join">ask to join it</Link>. Partnership board firms are listed there by
        name.
      </p>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.createAccountSchema)}
        actionData={actionData}
      >
        {duplicates ? <SignUpDuplicates duplicates={duplicates} /> : null}
        <Radios
          name="role"
          legend="What kind of organisation are you from?"
          options={roleOptions}
        />

        <Fieldset legend="About you">
          <TextInput name="name" label="Full name" autoComplete="name" spellCheck={false} />
          <EmailInput
            name="email"
            label="Email address"
            hint="We will send you a link to confirm it."
          />
          <NewPasswordInput
            name="password"
            label="Create a password"
            hint={`${newPasswordHint} You can paste it in.`}
          />
        </Fieldset>

        <Fieldset legend="About your organisation">
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
          <Select
            name="sector"
            label="What does your business do? (businesses only)"
            hint="Pick the closest match."
            options={selectOptions(sectors)}
          />
          <Select
            name="sizeBand"
            label="How many people work there? (businesses only)"
            options={selectOptions(sizeBands)}
          />
          <TextInput
            name="companiesHouseNumber"
            label="Companies House number, if it has one (businesses only)"
            hint="8 letters and numbers, like 01234567. It helps us check your business."
            width="10"
            spellCheck={false}
          />
          <TextInput
            name="schoolUrn"
            label="School reference number (URN) (schools only)"
            hint="6 digits. You can find it on Get Information about Schools."
            inputMode="numeric"
            width="10"
          />
          <Select
            name="schoolPhase"
            label="Type of school (schools only)"
            options={selectOptions(schoolPhases)}
          />
        </Fieldset>

        <Button>Create account</Button>
      </ValidatedForm>
      <p className="body">
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

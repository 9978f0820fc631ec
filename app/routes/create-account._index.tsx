import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { signUpKindSchema } from "~/accounts/schemas";
import { currentSignUpDraft, saveSignUpAnswers } from "~/accounts/sign-up-draft.server";
import { signUpPath } from "~/accounts/sign-up-steps";
import { requireAnonymous } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Radios } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

// Create account, page 1 of 5 (decision 048): what kind of organisation. The
// next pages ask only that kind's questions.

export const meta: MetaFunction = () => [
  { title: "Create an account - SkillsBridge" },
  {
    name: "description",
    content: "Make a free SkillsBridge account for your firm, school or college.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const draft = await currentSignUpDraft(request);
  return { role: draft?.answers.role ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(signUpKindSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const saved = await saveSignUpAnswers(request, { role: parsed.data.role });
  if (saved.status !== "done") return notDone(saved, parsed.values);
  throw redirect(signUpPath(saved.value.next), { headers: { "Set-Cookie": saved.value.cookie } });
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

export default function CreateAccountKind() {
  const { role } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <span className="caption">Create an account</span>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.signUpKindSchema)}
        actionData={actionData}
        defaultValues={role ? { role } : undefined}
      >
        <Radios
          name="role"
          legend="What kind of organisation are you?"
          legendIsHeading
          hint="It takes about 5 minutes. You need an email address you can open now."
          options={roleOptions}
        />
        <Button>Continue</Button>
      </ValidatedForm>
      <p className="body">
        Is your organisation already on SkillsBridge? Ask a colleague to invite you, or{" "}
        <Link to="/ask-to-join">ask to join it</Link>. Partnership board firms are listed there by
        name.
      </p>
      <p className="body">
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useSearchParams } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { signInSchema } from "~/accounts/schemas";
import { safeRedirect } from "~/auth/safe-redirect";
import { createUserSession, requireAnonymous } from "~/auth/session.server";
import { checkSignIn } from "~/auth/sign-in.server";
import { startChallenge } from "~/auth/sign-in-challenge.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CurrentPasswordInput, EmailInput } from "~/components/forms/account-inputs";
import { Button } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [
  { title: "Sign in - SkillsBridge" },
  { name: "description", content: "Sign in to SkillsBridge to see what waits for you." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(signInSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { email, password, redirectTo } = parsed.data;
  const address = context.clientAddress ?? "unknown";

  const result = await checkSignIn(email, password, address);
  if (result.status !== "done") return notDone(result, parsed.values);
  if (result.value.needsCode) {
    // Half signed in: no session until the code is given (decision 034).
    const challenge = await startChallenge(result.value.userId, safeRedirect(redirectTo));
    return redirect("/sign-in/code", { headers: { "Set-Cookie": challenge } });
  }
  const cookie = await createUserSession(result.value.userId, request);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function SignIn() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <>
      <PageHeading>Sign in</PageHeading>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.signInSchema)}
        actionData={actionData}
        defaultValues={{ redirectTo }}
      >
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <EmailInput name="email" label="Email address" />
        <CurrentPasswordInput name="password" label="Password" />
        <Button>Sign in</Button>
      </ValidatedForm>
      <p className="body">
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p className="body">
        New to SkillsBridge? <Link to="/create-account">Create an account</Link>.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notDone } from "~/command-response.server";
import { requestPasswordReset } from "~/accounts/password-reset.server";
import { forgotPasswordSchema } from "~/accounts/schemas";
import { describeLifetime } from "~/auth/token-lifetimes";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EmailInput } from "~/components/forms/account-inputs";
import { Button } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Reset your password - SkillsBridge" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(forgotPasswordSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { email } = parsed.data;
  // The page says the same thing whether or not the account exists.
  const result = await requestPasswordReset(email, context.clientAddress ?? "unknown");
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/sign-in",
    `If there is an account for ${email}, we have sent it a link to reset the password. The link lasts ${describeLifetime("reset-password")}.`,
  );
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading>Reset your password</PageHeading>
      <p className="body">
        Enter the email address you use for SkillsBridge. We will send you a link to choose a new
        password.
      </p>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.forgotPasswordSchema)}
        actionData={actionData}
      >
        <EmailInput name="email" label="Email address" />
        <Button>Send the link</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

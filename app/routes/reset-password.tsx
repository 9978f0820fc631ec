import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { noStoreHeaders } from "~/auth/no-store";
import { resetPassword } from "~/accounts/password-reset.server";
import { resetPasswordSchema } from "~/accounts/schemas";
import { findUsableToken } from "~/auth/tokens.server";
import { notDone } from "~/command-response.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PasswordInput } from "~/components/forms/account-inputs";
import { Button } from "~/components/forms/fields";
import { NewPasswordInput } from "~/components/forms/new-password-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const headers = noStoreHeaders;

export const meta: MetaFunction = () => [{ title: "Choose a new password - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await findUsableToken("reset-password", token);
  return { token: found ? token : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(resetPasswordSchema, await readFormData(request));
  if (!parsed.ok)
    return invalid(parsed.errors, { ...parsed.values, token: String(parsed.values.token ?? "") });
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (result.status === "refused" && !result.field)
    return redirectWithFlash(request, "/forgot-password", result.reason);
  // The token stays on the page so the person can try another password.
  if (result.status !== "done") return notDone(result, { token: parsed.data.token });
  return redirectWithFlash(
    request,
    "/sign-in",
    "Your password has been changed. Sign in with your new password.",
  );
}

export default function ResetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const activeToken =
    token ?? (typeof actionData?.values?.token === "string" ? actionData.values.token : null);
  if (!activeToken) {
    return (
      <>
        <PageHeading>This link has expired</PageHeading>
        <p className="body">
          Links to reset a password last {describeLifetime("reset-password")} and work once.
        </p>
        <p className="body">
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Choose a new password</PageHeading>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.resetPasswordSchema)}
        actionData={actionData}
        defaultValues={{ token: activeToken }}
      >
        <input type="hidden" name="token" value={activeToken} />
        <NewPasswordInput name="password" label="New password" />
        <PasswordInput
          name="confirmPassword"
          label="Enter the new password again"
          autoComplete="new-password"
        />
        <Button>Change password</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

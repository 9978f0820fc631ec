import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { noStoreHeaders } from "~/auth/no-store";
import { findInvitation, joinOrganisation } from "~/accounts/invitations.server";
import { joinSchema } from "~/accounts/schemas";
import { createUserSession } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { NewPasswordInput } from "~/components/forms/new-password-input";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const headers = noStoreHeaders;

export const meta: MetaFunction = () => [{ title: "Join your organisation - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invite = await findInvitation(token);
  return invite
    ? { token, email: invite.email, organisationName: invite.organisation.name }
    : { token: null, email: null, organisationName: null };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(joinSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await joinOrganisation(parsed.data);
  // A refusal without a field: the invitation itself cannot be used.
  if (result.status === "refused" && !result.field)
    return redirectWithFlash(request, "/", result.reason);
  if (result.status !== "done") return notDone(result, parsed.values);
  const cookie = await createUserSession(result.value.userId);
  return redirectWithFlash(
    request,
    "/",
    `Welcome to SkillsBridge. You have joined ${result.value.organisationName}.`,
    { "Set-Cookie": cookie },
  );
}

export default function Join() {
  const { token, email, organisationName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!token) {
    return (
      <>
        <PageHeading>This invitation has expired</PageHeading>
        <p className="body">
          Invitations last {describeLifetime("invite")} and work once. Ask your colleague to send a
          new one.
        </p>
        <p className="body">
          <Link to="/">Go to the home page</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={organisationName}>Join your organisation</PageHeading>
      <p className="body">
        You will sign in with <strong>{email}</strong>.
      </p>
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.joinSchema)}
        actionData={actionData}
        defaultValues={{ token }}
      >
        <input type="hidden" name="token" value={token} />
        <TextInput name="name" label="Full name" autoComplete="name" spellCheck={false} />
        <NewPasswordInput name="password" label="Create a password" />
        <Button>Join {organisationName}</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

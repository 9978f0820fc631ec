import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { deleteOwnAccount, isLastMember } from "~/accounts/accounts.server";
import { deleteAccountSchema } from "~/accounts/schemas";
import { lucia } from "~/auth/lucia.server";
import { requireUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CurrentPasswordInput } from "~/components/forms/account-inputs";
import { Button, Checkbox } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, WarningText } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Delete your account - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    lastMember: await isLastMember(user.organisationId),
    organisationName: user.organisation.name,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(deleteAccountSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await deleteOwnAccount(
    user.id,
    parsed.data.password,
    context.clientAddress ?? "unknown",
  );
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(request, "/", "Your account has been deleted.", {
    "Set-Cookie": lucia.createBlankSessionCookie().serialize(),
  });
}

export default function DeleteAccount() {
  const { lastMember, organisationName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/account">Back to your account</BackLink>
      <PageHeading>Delete your account</PageHeading>
      <p className="body">
        This cannot be undone. You might want to <a href="/account/data">download your data</a>{" "}
        first.
      </p>
      {lastMember ? (
        <WarningText>
          You are the only member of {organisationName}. Deleting your account also deletes{" "}
          {organisationName} and everything it has on SkillsBridge.
        </WarningText>
      ) : null}
      {lastMember ? (
        <p className="body">
          The schools, employers and mentors it worked with keep their own record of that work,
          without your name or contact details. The <Link to="/privacy">privacy notice</Link> says
          what stays.
        </p>
      ) : null}
      <ValidatedForm
        schema={() => import("~/accounts/schemas").then((m) => m.deleteAccountSchema)}
        actionData={actionData}
      >
        <Checkbox name="confirm" label="I understand that my account will be deleted for good" />
        <CurrentPasswordInput name="password" label="Your password" />
        <Button variant="warning">Delete my account</Button>
      </ValidatedForm>
      <p className="body">
        <Link to="/account">Keep my account</Link>
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import { EmailForLink } from "~/applications/email-for-link";
import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requestReturnLink } from "~/applications/applicant.server";
import { startSchema } from "~/applications/schemas";
import { describeLifetime } from "~/auth/token-lifetimes";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Your applications - SkillsBridge" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(startSchema, formData);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await requestReturnLink({
    email: parsed.data.email,
    address: (context as { clientAddress?: string }).clientAddress ?? "unknown",
    isBot: String(formData.get("website") ?? "") !== "",
  });
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/applications",
    `We have sent an email to ${parsed.data.email}. Open the link in it to see your applications.`,
  );
}

export default function YourApplications() {
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading>Your apprenticeship applications</PageHeading>
      <p className="body">
        See where your applications stand, withdraw one, or delete one. Tell us the email address
        you applied with, and we will send you a link. It lasts{" "}
        {describeLifetime("application-return")}.
      </p>
      <ValidatedForm
        schema={() => import("~/applications/schemas").then((m) => m.startSchema)}
        actionData={actionData}
      >
        <EmailForLink />
        <Button>Send me a link</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { noStoreHeaders } from "~/auth/no-store";
import { findUsableToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { tokenForm } from "~/opportunities/search-alert-forms";
import { confirmSearchAlert, searchAlertForStopLink } from "~/opportunities/search-alerts.server";

export const headers = noStoreHeaders;

export const meta: MetaFunction = () => [
  { title: "Start emails about your search - SkillsBridge" },
  { name: "description", content: "Start the emails about your saved apprenticeship search." },
];

// Opening the link shows a button; only pressing it uses the token (as with every emailed link).
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await findUsableToken("search-alert-confirm", token);
  const alert = found ? await searchAlertForStopLink(found.searchAlertId) : null;
  return alert && found ? { token, name: alert.name, email: found.email } : { token: null };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(tokenForm, await readFormData(request));
  const result = parsed.ok ? await confirmSearchAlert(parsed.data.token) : null;
  if (result?.status !== "done") {
    return redirectWithFlash(
      request,
      "/apprenticeships",
      "That link has expired or has been used. Save the search again to get a new one.",
    );
  }
  return redirectWithFlash(
    request,
    result.value.path,
    `The emails about "${result.value.name}" have started. We will email you when a new apprenticeship matches it.`,
  );
}

export default function ConfirmSearchAlert() {
  const data = useLoaderData<typeof loader>();
  if (!data.token) {
    return (
      <>
        <PageHeading>This link has expired</PageHeading>
        <p className="body">The link may have been used already, or it is too old.</p>
        <p className="body">
          <Link to="/apprenticeships">Search apprenticeships</Link> and save the search again.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Start emails about your search</PageHeading>
      <p className="body">
        Press the button to get emails at <strong>{data.email}</strong> when new apprenticeships
        match &quot;{data.name}&quot;.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={data.token} />
        <button type="submit" className="button button--primary">
          Start the emails
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

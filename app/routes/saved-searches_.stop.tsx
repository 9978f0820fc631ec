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
import { searchAlertForStopLink, stopSearchAlert } from "~/opportunities/search-alerts.server";

export const headers = noStoreHeaders;

export const meta: MetaFunction = () => [
  { title: "Stop this alert - SkillsBridge" },
  { name: "description", content: "Stop the emails about one saved search." },
];

// "Stop this alert" from an alert email (and its List-Unsubscribe header): no
// sign-in. Opening the link shows a button; only pressing it stops the alert,
// so a mail scanner that opens links stops nothing.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await findUsableToken("search-alert-stop", token);
  const alert = found ? await searchAlertForStopLink(found.searchAlertId) : null;
  return alert ? { token, name: alert.name } : { token: null };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(tokenForm, await readFormData(request));
  const result = parsed.ok ? await stopSearchAlert(parsed.data.token) : null;
  if (result?.status !== "done") {
    return redirectWithFlash(
      request,
      "/saved-searches/stop",
      "That alert was stopped already, or the link is too old.",
    );
  }
  return redirectWithFlash(
    request,
    "/saved-searches/stop",
    `The alert "${result.value.name}" is stopped. We will not email you about it again.`,
  );
}

export default function StopSearchAlert() {
  const data = useLoaderData<typeof loader>();
  if (!data.token) {
    return (
      <>
        <PageHeading>No alert to stop</PageHeading>
        <p className="body">
          This alert is stopped, or the link is too old. If you have an account, you can see your
          alerts on your <Link to="/saved-searches">saved searches</Link> page.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Stop this alert</PageHeading>
      <p className="body">
        Press the button to stop the emails about &quot;{data.name}&quot;. Your other alerts do not
        change.
      </p>
      <Form method="post">
        <input type="hidden" name="token" value={data.token} />
        <button type="submit" className="button button--warning">
          Stop this alert
        </button>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

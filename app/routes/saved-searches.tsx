import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { searchAlertKindNames, SEARCH_ALERTS_PATH } from "~/opportunities/search-alerts";
import { searchAlertActions } from "~/opportunities/search-alert-forms";
import {
  deleteSearchAlert,
  listSearchAlerts,
  saveSearchAlert,
} from "~/opportunities/search-alerts.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Saved searches - SkillsBridge" }];

// Schools search placements and apprenticeships; businesses search apprenticeships.
const roles = ["school", "sme"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, roles);
  return { alerts: await listSearchAlerts(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, roles);
  const parsed = parseForm(searchAlertActions, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;
  if (input.intent === "save") {
    const result = await saveSearchAlert(user, input);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      SEARCH_ALERTS_PATH,
      `Search saved. We will email you when something new matches "${input.name}".`,
    );
  }
  const result = await deleteSearchAlert(user, input.id);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(request, SEARCH_ALERTS_PATH, "The saved search is deleted.");
}

export default function SavedSearches() {
  const { alerts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading>Saved searches</PageHeading>
      <p className="body">
        We email you when a new posting matches one of these. Delete a search to stop its emails.
      </p>
      {/* A save that failed (no name) comes back here, with the search it was about. */}
      {actionData?.values?.intent === "save" ? (
        <ValidatedForm
          schema={() => import("~/opportunities/search-alert-forms").then((m) => m.saveSearchForm)}
          intent="save"
          actionData={actionData}
        >
          <input type="hidden" name="kind" value={String(actionData.values.kind ?? "")} />
          <input type="hidden" name="query" value={String(actionData.values.query ?? "")} />
          <TextInput name="name" label="Name this search" />
          <Button>Save this search</Button>
        </ValidatedForm>
      ) : null}
      {alerts.length === 0 ? (
        <p className="body">
          You have no saved searches. Search <Link to="/placements">work experience</Link> or{" "}
          <Link to="/apprenticeships">apprenticeships</Link>, then choose &quot;Save this
          search&quot;.
        </p>
      ) : (
        <ul className="card-list">
          {alerts.map((a) => (
            <li className="card" key={a.id}>
              <h2 className="card__title">
                <Link to={a.path}>{a.name}</Link>
              </h2>
              <p className="secondary">
                {searchAlertKindNames[a.kind]}. Saved on {formatDate(a.createdAt)}.
              </p>
              <ValidatedForm
                schema={() =>
                  import("~/opportunities/search-alert-forms").then((m) => m.deleteSearchForm)
                }
                intent="delete"
                actionData={actionData?.values?.id === a.id ? actionData : undefined}
                className="inline-form"
              >
                <input type="hidden" name="id" value={a.id} />
                <Button variant="warning">
                  Delete<span className="visually-hidden"> {a.name}</span>
                </Button>
              </ValidatedForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

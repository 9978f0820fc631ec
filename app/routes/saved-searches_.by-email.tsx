import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { SaveSearchByEmailForm } from "~/opportunities/save-search-form";
import { alertQuery, searchAlertPath } from "~/opportunities/search-alerts";
import { saveSearchByEmailForm } from "~/opportunities/search-alert-forms";
import { saveSearchAlertByEmail } from "~/opportunities/search-alerts.server";

// A signed-out person saves an apprenticeship search under their email address
// (issue 18). The form is under the search results; a form with errors comes
// back here, with what was typed.
export const meta: MetaFunction = () => [
  { title: "Get emails about a search - SkillsBridge" },
  { name: "description", content: "Get an email when new apprenticeships match your search." },
];

export function loader({ request }: LoaderFunctionArgs) {
  return { query: alertQuery(new URL(request.url).searchParams) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(saveSearchByEmailForm, formData);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await saveSearchAlertByEmail({
    ...parsed.data,
    address: (context as { clientAddress?: string }).clientAddress ?? "unknown",
    // People never see the "website" box; robots fill in every box they find.
    isBot: String(formData.get("website") ?? "") !== "",
  });
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    searchAlertPath("apprenticeships", parsed.data.query),
    `We have sent an email to ${parsed.data.email}. Open the link in it to start the emails about "${parsed.data.name}".`,
  );
}

export default function SaveSearchByEmail() {
  const { query } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const typed = typeof actionData?.values?.query === "string" ? actionData.values.query : query;
  return (
    <>
      <BackLink to={searchAlertPath("apprenticeships", typed)}>Back to the search</BackLink>
      <PageHeading>Get emails about a search</PageHeading>
      <p className="body">
        This saves your{" "}
        <Link to={searchAlertPath("apprenticeships", typed)}>apprenticeship search</Link>.
      </p>
      <SaveSearchByEmailForm query={typed} actionData={actionData} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;

import type { LoaderFunctionArgs } from "@remix-run/node";
import { cvForEmployer, cvResponse } from "~/applications/cv.server";
import { requireApplicationsReader } from "~/applications/employer.server";
import { notFound } from "~/auth/session.server";

// A sent application's CV, for the vacancy's employer only (its organisation is
// in the query's `where`); anyone else gets the same 404 as for the application.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicationsReader(request);
  const file = await cvForEmployer(
    user.organisationId,
    params.id ?? "",
    params.applicationId ?? "",
  );
  if (!file) notFound();
  return cvResponse(file);
}

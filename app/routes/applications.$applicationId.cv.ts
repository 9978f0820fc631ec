import type { LoaderFunctionArgs } from "@remix-run/node";
import { readApplicant } from "~/applications/applicant-session.server";
import { cvForApplicant, cvResponse } from "~/applications/cv.server";
import { notFound } from "~/auth/session.server";

// The applicant's own CV, by the confirmed address their emailed link opened.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const applicant = await readApplicant(request);
  if (!applicant) notFound();
  const file = await cvForApplicant(applicant.email, params.applicationId ?? "");
  if (!file) notFound();
  return cvResponse(file);
}

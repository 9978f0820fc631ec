import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApplicationsReader } from "~/applications/employer.server";
import { applicationsCsv } from "~/applications/export.server";
import { notFound } from "~/auth/session.server";

// /postings/apprenticeships/<id>/applications/download.csv: the vacancy's
// applications for its own employer; anyone else gets 404, as for the list.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApplicationsReader(request);
  const result = await applicationsCsv(user, params.id ?? "");
  if (result.status !== "done") notFound();
  return new Response(result.value.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.value.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

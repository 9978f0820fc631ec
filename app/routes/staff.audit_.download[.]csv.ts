import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditActionChoices, parseAuditFilters } from "~/audit/audit-filters.server";
import { exportAuditTrail } from "~/audit/export.server";
import { requireRole } from "~/auth/session.server";

// /staff/audit/download.csv?<the page's filters>: every row the page's filters
// match, as CSV; the command writes the download to the audit trail.
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const { values, filters, errors } = parseAuditFilters(
    new URL(request.url).searchParams,
    await auditActionChoices(),
  );
  // A wrong date would quietly widen the file to every date: say so instead.
  const problem = Object.values(errors)[0];
  if (problem)
    return new Response(`${problem}. Go back to the audit trail and fix the dates.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const result = await exportAuditTrail(staff, values, filters);
  if (result.status !== "done") throw new Response("Not found", { status: 404 });
  return new Response(result.value.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.value.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

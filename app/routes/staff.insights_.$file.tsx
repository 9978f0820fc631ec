import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireRole } from "~/auth/session.server";
import { exportInsightTable } from "~/insights/export.server";
import { parseInsightView } from "~/insights/filter-schema";

// /staff/insights/<table>.csv?<the page's filters>: the same table as the page,
// with the same disclosure control and date steps; the command writes each download to the audit trail.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const tableId = /^([a-z-]+)\.csv$/.exec(params.file ?? "")?.[1] ?? "";
  const { filters } = parseInsightView(new URL(request.url).searchParams);
  const result = await exportInsightTable(staff, tableId, filters);
  if (result.status !== "done") notFound();
  return new Response(result.value.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.value.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

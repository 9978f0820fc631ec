import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { notFound, requireRole } from "~/auth/session.server";
import { csvFileName, toCsv } from "~/insights/csv";
import { describeFilters } from "~/insights/filters";
import { parseInsightFilters } from "~/insights/filter-schema";
import { cachedInsightTables } from "~/insights/cache.server";
import { isInsightTableId } from "~/insights/insights.server";
import { tableToMatrix } from "~/insights/table";

// /staff/insights/<table>.csv?<the page's filters>: the same table as the page,
// with the same suppression. Each download is written to the audit trail.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const match = /^([a-z-]+)\.csv$/.exec(params.file ?? "");
  const id = match?.[1] ?? "";
  if (!isInsightTableId(id)) notFound();
  const { filters } = parseInsightFilters(new URL(request.url).searchParams);
  // The same snapshot as the page, so the file and the page agree.
  const table = (await cachedInsightTables(filters)).find((t) => t.id === id);
  if (!table) notFound();
  await recordAudit(staff, {
    action: "insights.export",
    targetType: "insight-table",
    targetId: id,
    targetLabel: `${table.title} (${describeFilters(filters)})`,
  });
  return new Response(toCsv(tableToMatrix(table)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(`skillsbridge-${id}`)}"`,
      "Cache-Control": "no-store",
    },
  });
}

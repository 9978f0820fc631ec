// Downloading an insight table as CSV: the same table as the page (the same
// cached snapshot, so the file and the page agree, with the same small groups
// hidden), headed by its filters and when it was made, and every download
// written to the audit trail.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, type CommandResult } from "~/command-result";
import { cachedInsightTables } from "./cache.server";
import { formatDateTime } from "~/time/format";
import { ukDay } from "~/time/uk-time";
import { csvHeading, downloadFileName, toCsv } from "./csv";
import { describeFilters, type InsightFilters } from "./filters";
import { isInsightTableId } from "./insights.server";
import { tableToMatrix } from "./table";

export type InsightExport = { fileName: string; csv: string };

export async function exportInsightTable(
  staff: AuditActor,
  tableId: string,
  filters: InsightFilters,
  now = new Date(),
): Promise<CommandResult<InsightExport>> {
  if (!isInsightTableId(tableId)) return notFound();
  const table = (await cachedInsightTables(filters)).find((t) => t.id === tableId);
  if (!table) return notFound();
  await recordAudit(staff, {
    action: "insights.export",
    targetType: "insight-table",
    targetId: tableId,
    targetLabel: `${table.title} (${describeFilters(filters)})`,
  });
  return done({
    fileName: downloadFileName(
      tableId,
      [
        filters.localAuthority,
        filters.sector ? `sector-${filters.sector}` : null,
        filters.sizeBand,
        filters.by !== "la" ? `by-${filters.by}` : null,
        filters.from ? `from-${filters.from}` : null,
        filters.to ? `to-${filters.to}` : null,
      ],
      ukDay(now),
      "csv",
    ),
    csv: toCsv([
      ...csvHeading(`SkillsBridge: ${table.title}`, describeFilters(filters), formatDateTime(now)),
      ...tableToMatrix(table),
    ]),
  });
}

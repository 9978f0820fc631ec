// Downloading an insight table as CSV: the same table as the page (the same
// cached snapshot, so the file and the page agree, with the same small groups
// hidden), and every download written to the audit trail.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { done, notFound, type CommandResult } from "~/command-result";
import { cachedInsightTables } from "./cache.server";
import { csvFileName, toCsv } from "./csv";
import { describeFilters, type InsightFilters } from "./filters";
import { isInsightTableId } from "./insights.server";
import { tableToMatrix } from "./table";

export type InsightExport = { fileName: string; csv: string };

export async function exportInsightTable(
  staff: AuditActor,
  tableId: string,
  filters: InsightFilters,
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
    fileName: csvFileName(`skillsbridge-${tableId}`),
    csv: toCsv(tableToMatrix(table)),
  });
}

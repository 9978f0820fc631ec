// Downloading the audit trail as CSV: the rows the page's filters match (all of
// them, not one page), headed by the filters and the time it was made, with
// every cell made safe for spreadsheets (csv.ts). The download is itself audited.
import { done, type CommandResult } from "~/command-result";
import { csvHeading, downloadFileName, toCsv } from "~/insights/csv";
import { formatDateTime } from "~/time/format";
import { ukDay } from "~/time/uk-time";
import { auditActionLabel } from "./actions";
import {
  auditFileNameParts,
  describeAuditFilters,
  type AuditFilterValues,
} from "./audit-filters.server";
import {
  auditEventsToExport,
  recordAudit,
  AUDIT_EXPORT_LIMIT,
  type AuditActor,
  type AuditFilters,
} from "./audit.server";

export type AuditExport = { fileName: string; csv: string; rows: number };

export async function exportAuditTrail(
  staff: AuditActor,
  values: AuditFilterValues,
  filters: AuditFilters,
  now = new Date(),
  limit = AUDIT_EXPORT_LIMIT,
): Promise<CommandResult<AuditExport>> {
  const { total, events } = await auditEventsToExport(filters, limit);
  const described = describeAuditFilters(values);
  const heading = csvHeading("SkillsBridge audit trail", described, formatDateTime(now));
  if (total > events.length)
    heading.splice(3, 0, [
      "Rows",
      `The newest ${events.length} of ${total}: choose fewer dates to get the rest`,
    ]);
  const csv = toCsv([
    ...heading,
    ["When", "Time (UTC)", "Who", "What", "Action", "Record type", "Record id", "Record", "Reason"],
    ...events.map((event) => [
      formatDateTime(event.createdAt),
      event.createdAt.toISOString(),
      event.actorEmail,
      auditActionLabel(event.action),
      event.action,
      event.targetType,
      event.targetId,
      event.targetLabel,
      event.reason,
    ]),
  ]);
  await recordAudit(staff, {
    action: "audit.export",
    targetType: "audit-trail",
    targetId: "csv",
    targetLabel: `${events.length} ${events.length === 1 ? "row" : "rows"} (${described})`,
  });
  return done({
    fileName: downloadFileName("audit", auditFileNameParts(values), ukDay(now), "csv"),
    csv,
    rows: events.length,
  });
}

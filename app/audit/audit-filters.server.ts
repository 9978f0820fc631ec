// The audit trail's filters, read from the query string: the same for the page
// and its CSV download, so the file holds exactly the rows the page lists.
import { unknownFilterValues } from "~/forms/filter-params";
import type { FieldErrors } from "~/forms/parse";
import { dateBounds } from "~/insights/filters";
import { parseInsightFilters } from "~/insights/filter-schema";
import { formatDay } from "~/time/format";
import { auditActionLabel, auditActionLabels } from "./actions";
import { auditActionsInUse, type AuditFilters } from "./audit.server";

/** What the filter form shows: the text as typed (trimmed), days as YYYY-MM-DD. */
export type AuditFilterValues = {
  action: string;
  who: string;
  record: string;
  from: string;
  to: string;
};

const MAX_TEXT = 200;

function text(params: URLSearchParams, key: string) {
  return (params.get(key) ?? "").trim().slice(0, MAX_TEXT);
}

/** The actions staff can filter by: every known one and any other found in the trail. */
export async function auditActionChoices() {
  const inUse = await auditActionsInUse();
  return [...new Set([...Object.keys(auditActionLabels), ...inUse])];
}

/**
 * Reads ?action=&who=&record=&from=&to=. The dates follow the insight rules
 * (real dates, inclusive London days, the end not before the start); a wrong
 * date is reported and left out. So is an unknown action (issue 14: never
 * quietly show everything for a filter we could not read).
 */
export function parseAuditFilters(
  params: URLSearchParams,
  actions: readonly string[],
): { values: AuditFilterValues; filters: AuditFilters; errors: FieldErrors } {
  const { filters: dates, errors } = parseInsightFilters(params);
  // Only the date errors belong to this page; the insight-only fields are not on it.
  const dateErrors: FieldErrors = {};
  if (errors.from) dateErrors.from = errors.from;
  if (errors.to) dateErrors.to = errors.to;
  const unknown = unknownFilterValues(params, { action: { allowed: actions, what: "action" } });
  if (unknown.action) dateErrors.action = unknown.action;
  const { start, end } = dateBounds(dates);
  const requested = params.get("action") ?? "";
  const action = actions.includes(requested) ? requested : "";
  const who = text(params, "who");
  const record = text(params, "record");
  return {
    values: { action, who, record, from: dates.from ?? "", to: dates.to ?? "" },
    filters: {
      action: action || undefined,
      who: who || undefined,
      record: record || undefined,
      from: start ? new Date(start) : undefined,
      to: end ? new Date(end) : undefined,
    },
    errors: dateErrors,
  };
}

/** The filters in words, for the top of the CSV file and the audit row of its download. */
export function describeAuditFilters(values: AuditFilterValues): string {
  const parts = [
    values.action ? `action: ${auditActionLabel(values.action)}` : "all actions",
    values.who ? `who: ${values.who}` : null,
    values.record ? `record: ${values.record}` : null,
    values.from || values.to
      ? `${values.from ? `from ${formatDay(values.from)}` : "up to"} ${values.to ? `${values.from ? "to " : ""}${formatDay(values.to)}` : "to today"}`
      : "all dates",
  ].filter(Boolean);
  return parts.join(", ");
}

/** The filters as parts of the download's name (see downloadFileName). */
export function auditFileNameParts(values: AuditFilterValues): string[] {
  return [
    values.action,
    values.who,
    values.record,
    values.from ? `from-${values.from}` : "",
    values.to ? `to-${values.to}` : "",
  ];
}

/** The query string for these filters (the download link keeps the page's filters). */
export function auditFiltersToSearch(values: AuditFilterValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}

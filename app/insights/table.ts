import { MIN_PEER_GROUP, mayShowGroup } from "~/readiness/peers";

// One shape for every insight table, so the page, its chart and its CSV file show
// the same numbers with the same small-group suppression. The threshold is the
// readiness peer-group minimum (app/readiness/peers.ts), kept in one place.

export const SUPPRESSED = `fewer than ${MIN_PEER_GROUP}`;

export type ColumnFormat = "count" | "percent" | "score" | "change";
export type InsightColumn = { label: string; format?: ColumnFormat };

export type InsightRow = {
  label: string;
  /** How many organisations the row's numbers are built from; null when each cell has its own count. */
  orgs: number | null;
  cells: (number | null)[];
  /** Per-cell organisation counts, when a cell is built from fewer organisations than its row. */
  cellOrgs?: (number | undefined)[];
  total?: boolean;
};

export type InsightTable = {
  id: string;
  title: string;
  description: string;
  firstColumn: string;
  /** Whether the row's organisation count is shown as the second column. */
  orgColumn?: string;
  columns: InsightColumn[];
  rows: InsightRow[];
  /** The column (index into `columns`) the bar chart draws. */
  chartColumn: number;
};

export type PresentedRow = {
  label: string;
  suppressed: boolean;
  total: boolean;
  texts: string[];
  values: (number | null)[];
};
export type PresentedTable = { head: string[]; rows: PresentedRow[]; numeric: number[] };

export function formatValue(value: number | null, format: ColumnFormat = "count"): string {
  if (value === null || Number.isNaN(value)) return "none";
  if (format === "percent") return `${Math.round(value)}%`;
  if (format === "change") {
    const rounded = Math.round(value * 10) / 10;
    return rounded > 0 ? `+${rounded}` : String(rounded);
  }
  if (format === "score") return String(Math.round(value * 10) / 10);
  return String(value);
}

/**
 * A cell may be shown when it is built from at least MIN_PEER_GROUP organisations.
 * Nothing (0 organisations) is not about anyone, so zero counts are shown.
 */
export function mayShowCell(orgs: number) {
  return orgs === 0 || mayShowGroup(orgs);
}

/** Applies suppression and formatting: the strings the page and the CSV both show. */
export function presentTable(table: InsightTable): PresentedTable {
  const head = [
    table.firstColumn,
    ...(table.orgColumn ? [table.orgColumn] : []),
    ...table.columns.map((c) => c.label),
  ];
  const rows = table.rows.map((row): PresentedRow => {
    const rowShown = row.orgs === null || mayShowCell(row.orgs);
    const values = row.cells.map((value, i) => {
      const orgs = row.cellOrgs?.[i] ?? row.orgs ?? 0;
      return rowShown && mayShowCell(orgs) ? value : null;
    });
    const texts = row.cells.map((value, i) => {
      const orgs = row.cellOrgs?.[i] ?? row.orgs ?? 0;
      return rowShown && mayShowCell(orgs)
        ? formatValue(value, table.columns[i]?.format)
        : SUPPRESSED;
    });
    return {
      label: row.label,
      suppressed: !rowShown,
      total: Boolean(row.total),
      texts: [
        ...(table.orgColumn ? [rowShown ? String(row.orgs ?? "") : SUPPRESSED] : []),
        ...texts,
      ],
      values,
    };
  });
  return { head, rows, numeric: head.map((_, i) => i).filter((i) => i >= 1) };
}

/** The presented table as rows of text, header first (for CSV). */
export function tableToMatrix(table: InsightTable): string[][] {
  const presented = presentTable(table);
  return [presented.head, ...presented.rows.map((row) => [row.label, ...row.texts])];
}

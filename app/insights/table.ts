import { MIN_PEER_GROUP, mayShowGroup } from "~/readiness/peers";
import { suppressGroups } from "./disclosure";

// One shape for every insight table, so the page, its chart and its CSV file show
// the same numbers with the same small-group suppression. The threshold is the
// readiness peer-group minimum (app/readiness/peers.ts), kept in one place.

export const SUPPRESSED = `fewer than ${MIN_PEER_GROUP}`;
/** A group big enough to show, hidden so that a small one cannot be worked out from the total. */
export const HIDDEN_TOO = "hidden";

/**
 * The page shows a short mark for each, with a key above the tables, as UK
 * official statistics do ("[c]" for confidential): the words wrapped over three
 * lines and pushed the last column out of sight. CSV files keep the words.
 */
export const HIDDEN_MARKS = { [SUPPRESSED]: "[c]", [HIDDEN_TOO]: "[h]" } as const;

/** A presented cell as the page shows it: a hidden one as its short mark. */
export function markHidden(text: string): string {
  return text === SUPPRESSED || text === HIDDEN_TOO ? HIDDEN_MARKS[text] : text;
}

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

type Hidden = false | "primary" | "secondary";

/**
 * Which cells of one column to hide: small groups, and then more groups so that
 * none can be worked out from a total (disclosure.ts). Every column is treated as
 * adding up to a total someone can see, on this page or another (the trends add
 * up to the other tables' totals), so columns without a Total row get it too.
 */
function hiddenInColumn(table: InsightTable, column: number | "orgs"): Hidden[] {
  const orgsOf = (row: InsightRow) =>
    column === "orgs" ? (row.orgs ?? 0) : (row.cellOrgs?.[column] ?? row.orgs ?? 0);
  const groups = table.rows.flatMap((row, i) => (row.total ? [] : [i]));
  const plan = suppressGroups(groups.map((i) => orgsOf(table.rows[i]!)));
  return table.rows.map((row, i) => {
    if (row.total) return plan.total || !mayShowCell(orgsOf(row)) ? "primary" : false;
    const at = groups.indexOf(i);
    if (plan.primary.has(at)) return "primary";
    return plan.secondary.has(at) ? "secondary" : false;
  });
}

const hiddenText = (hidden: Hidden) => (hidden === "secondary" ? HIDDEN_TOO : SUPPRESSED);

/** Applies disclosure control and formatting: the strings the page and the CSV both show. */
export function presentTable(table: InsightTable): PresentedTable {
  const head = [
    table.firstColumn,
    ...(table.orgColumn ? [table.orgColumn] : []),
    ...table.columns.map((c) => c.label),
  ];
  // A row built from one organisation count is hidden whole, in every column.
  const byRow = hiddenInColumn(table, "orgs");
  const byColumn = table.columns.map((_, i) => hiddenInColumn(table, i));
  const rows = table.rows.map((row, r): PresentedRow => {
    const rowHidden: Hidden = row.orgs === null ? false : (byRow[r] ?? false);
    const cellHidden = (i: number): Hidden => rowHidden || (byColumn[i]?.[r] ?? false);
    return {
      label: row.label,
      suppressed: Boolean(rowHidden),
      total: Boolean(row.total),
      texts: [
        ...(table.orgColumn ? [rowHidden ? hiddenText(rowHidden) : String(row.orgs ?? "")] : []),
        ...row.cells.map((value, i) => {
          const hidden = cellHidden(i);
          return hidden ? hiddenText(hidden) : formatValue(value, table.columns[i]?.format);
        }),
      ],
      values: row.cells.map((value, i) => (cellHidden(i) ? null : value)),
    };
  });
  return { head, rows, numeric: head.map((_, i) => i).filter((i) => i >= 1) };
}

/** The presented table as rows of text, header first (for CSV). */
export function tableToMatrix(table: InsightTable): string[][] {
  const presented = presentTable(table);
  return [presented.head, ...presented.rows.map((row) => [row.label, ...row.texts])];
}

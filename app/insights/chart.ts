import type { ChartDatum } from "~/components/charts";
import { HIDDEN_TOO, presentTable, SUPPRESSED, type InsightTable } from "./table";

const measureUnits = {
  count: "number",
  percent: "per cent",
  score: "score out of 100",
  change: "change in score",
} as const;

export type InsightChart = {
  /** Names the measure and what each bar is ("Checks completed (number), by month"). */
  title: string;
  unit: string;
  max: number;
  /** Every group row in the table's order; a hidden one is drawn as its mark, with no bar. */
  data: ChartDatum[];
  /** What the chart does not draw and why, told apart: hidden (small groups) or none. */
  note: string;
  /** The chart read aloud: every bar, hidden ones included. */
  description: string;
};

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The bar chart of one insight table's chart column. It draws what the table
 * shows: every group, a hidden group as "fewer than 5" (or "hidden") where its
 * bar would be, and a group with none as 0. (The trends chart once drew only
 * the months with nothing in them, as every busy month was hidden, and called
 * the hidden months "no data".)
 */
export function insightChart(table: InsightTable): InsightChart {
  const presented = presentTable(table);
  const column = table.columns[table.chartColumn];
  if (!column)
    throw new Error(`Insight table "${table.id}" has no column ${table.chartColumn} to chart.`);
  const textAt = table.chartColumn + (table.orgColumn ? 1 : 0);
  const rows = presented.rows.filter((row) => !row.total);
  const data = rows.map((row): ChartDatum => {
    const value = row.values[table.chartColumn];
    if (value === null || value === undefined) {
      return { label: row.label, value: 0, mark: row.texts[textAt] ?? SUPPRESSED };
    }
    return { label: row.label, value: Math.round(value * 10) / 10 };
  });
  const format = column.format ?? "count";
  const unit = format === "percent" ? "%" : "";
  const bounded = format === "percent" || format === "score";
  const small = data.filter((d) => d.mark === SUPPRESSED).length;
  const alsoHidden = data.filter((d) => d.mark === HIDDEN_TOO).length;
  const none = data.filter((d) => !d.mark && d.value === 0).length;
  const things =
    table.firstColumn.toLowerCase() === "month" ? ["month", "months"] : ["row", "rows"];
  const [one = "row", many = "rows"] = things;
  const note = [
    small
      ? `${plural(small, one, many)} ${small === 1 ? "is" : "are"} hidden because ${small === 1 ? "it comes" : "they come"} from fewer than 5 organisations.`
      : "",
    alsoHidden
      ? `${plural(alsoHidden, one, many)} ${alsoHidden === 1 ? "is" : "are"} hidden too, so a small group cannot be worked out from the total.`
      : "",
    none ? `${plural(none, one, many)} had none (0).` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const title = `${column.label} (${measureUnits[format]}), by ${table.firstColumn.toLowerCase()}`;
  return {
    title,
    unit,
    max: bounded ? 100 : Math.max(1, ...data.map((d) => d.value)),
    data,
    note,
    description: `${data.map((d) => `${d.label}: ${d.mark ?? `${d.value}${unit}`}`).join(". ")}. The table below has every number.`,
  };
}

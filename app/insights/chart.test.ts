import { describe, expect, it } from "vitest";
import { insightChart } from "./chart";
import { HIDDEN_TOO, SUPPRESSED, type InsightTable } from "./table";

function trends(months: [label: string, count: number, orgs: number][]): InsightTable {
  return {
    id: "trends",
    title: "Month by month",
    description: "",
    firstColumn: "Month",
    columns: [{ label: "Checks completed" }],
    chartColumn: 0,
    rows: months.map(([label, count, orgs]) => ({
      label,
      orgs: null,
      cells: [count],
      cellOrgs: [orgs],
    })),
  };
}

describe("insightChart", () => {
  it("draws every month: busy ones as bars, small ones as 'fewer than 5', empty ones as 0", () => {
    const chart = insightChart(
      trends([
        ["January 2026", 0, 0],
        ["February 2026", 12, 9],
        ["March 2026", 3, 2],
        ["April 2026", 20, 15],
      ]),
    );
    expect(chart.data.map((d) => d.label)).toEqual([
      "January 2026",
      "February 2026",
      "March 2026",
      "April 2026",
    ]);
    expect(chart.data[0]).toEqual({ label: "January 2026", value: 0 });
    expect(chart.data[2]).toEqual({ label: "March 2026", value: 0, mark: SUPPRESSED });
    // One small month is hidden, so one more is hidden beside it (disclosure.ts).
    expect(chart.data.filter((d) => d.mark === HIDDEN_TOO)).toHaveLength(1);
    expect(chart.data.filter((d) => !d.mark && d.value > 0)).toHaveLength(1);
  });

  it("names its measure and tells hidden from none in its note", () => {
    const chart = insightChart(
      trends([
        ["January 2026", 0, 0],
        ["February 2026", 12, 9],
        ["March 2026", 3, 2],
        ["April 2026", 20, 15],
      ]),
    );
    expect(chart.title).toBe("Checks completed (number), by month");
    expect(chart.note).toBe(
      "1 month is hidden because it comes from fewer than 5 organisations. 1 month is hidden too, so a small group cannot be worked out from the total. 1 month had none (0).",
    );
    expect(chart.description).toContain(`March 2026: ${SUPPRESSED}`);
    expect(chart.description).toContain("January 2026: 0");
  });

  it("has no note when every row is drawn as a bar", () => {
    const chart = insightChart(
      trends([
        ["January 2026", 7, 6],
        ["February 2026", 12, 9],
      ]),
    );
    expect(chart.note).toBe("");
    expect(chart.max).toBe(12);
  });
});

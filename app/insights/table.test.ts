import { describe, expect, it } from "vitest";
import { at } from "../../tests/at";
import { MIN_PEER_GROUP } from "~/readiness/peers";
import {
  formatValue,
  mayShowCell,
  presentTable,
  HIDDEN_TOO,
  SUPPRESSED,
  tableToMatrix,
  type InsightTable,
} from "./table";

const table = (rows: InsightTable["rows"]): InsightTable => ({
  id: "t",
  title: "T",
  description: "",
  firstColumn: "Area",
  orgColumn: "Firms",
  columns: [{ label: "Checks" }, { label: "Share", format: "percent" }],
  chartColumn: 0,
  rows,
});

describe("small-group suppression", () => {
  it("uses the readiness peer-group threshold of 5", () => {
    expect(MIN_PEER_GROUP).toBe(5);
    expect(SUPPRESSED).toBe("fewer than 5");
  });

  it.each([
    [4, true],
    [5, false],
    [6, false],
  ])("a group of %i organisations is hidden: %s", (orgs, hidden) => {
    const row = at(presentTable(table([{ label: "A", orgs, cells: [10, 40] }])).rows, 0);
    expect(row.suppressed).toBe(hidden);
    expect(row.texts).toEqual(
      hidden ? [SUPPRESSED, SUPPRESSED, SUPPRESSED] : [String(orgs), "10", "40%"],
    );
    expect(row.values).toEqual(hidden ? [null, null] : [10, 40]);
  });

  it("hides a cell built from fewer organisations than its row", () => {
    const row = at(
      presentTable(table([{ label: "A", orgs: 8, cells: [10, 40], cellOrgs: [undefined, 3] }]))
        .rows,
      0,
    );
    expect(row.texts).toEqual(["8", "10", SUPPRESSED]);
  });

  it("shows zero, which is about nobody", () => {
    expect(mayShowCell(0)).toBe(true);
    expect(mayShowCell(1)).toBe(false);
    const row = at(
      presentTable(table([{ label: "A", orgs: null, cells: [0, 7], cellOrgs: [0, 2] }])).rows,
      0,
    );
    expect(row.texts).toEqual(["", "0", SUPPRESSED]);
  });

  it("gives the CSV the same text as the page", () => {
    expect(
      tableToMatrix(
        table([
          { label: "A", orgs: 4, cells: [1, 2] },
          { label: "B", orgs: 5, cells: [3, 60] },
        ]),
      ),
    ).toEqual([
      ["Area", "Firms", "Checks", "Share"],
      ["A", SUPPRESSED, SUPPRESSED, SUPPRESSED],
      ["B", HIDDEN_TOO, HIDDEN_TOO, HIDDEN_TOO],
    ]);
  });
});

describe("formatting", () => {
  it("formats percentages, scores and changes", () => {
    expect(formatValue(33.333, "percent")).toBe("33%");
    expect(formatValue(49.5, "score")).toBe("49.5");
    expect(formatValue(12.5, "change")).toBe("+12.5");
    expect(formatValue(-3, "change")).toBe("-3");
    expect(formatValue(null)).toBe("none");
  });
});

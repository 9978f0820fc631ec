import { describe, expect, it } from "vitest";
import { csvCell, csvHeading, downloadFileName, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("stops a spreadsheet running a cell as a formula", () => {
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("+44 121")).toBe("'+44 121");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
  });

  it("leaves plain numbers alone, negative ones too", () => {
    expect(csvCell("-3.5")).toBe("-3.5");
    expect(csvCell("+2")).toBe("+2");
    expect(csvCell("50%")).toBe("50%");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });

  it("joins rows with CRLF", () => {
    expect(
      toCsv([
        ["Area", "Firms"],
        ["Coventry", "6"],
      ]),
    ).toBe("Area,Firms\r\nCoventry,6\r\n");
  });

  it("makes safe file names", () => {
    expect(downloadFileName("Readiness by area", [], "2026-12-01", "csv")).toBe(
      "skillsbridge-readiness-by-area-2026-12-01.csv",
    );
    expect(downloadFileName("../../etc", [], "2026-12-01", "csv")).toBe(
      "skillsbridge-etc-2026-12-01.csv",
    );
  });

  it("names every download by what it holds, its filters and the day", () => {
    expect(downloadFileName("audit", [], "2026-12-01", "csv")).toBe(
      "skillsbridge-audit-2026-12-01.csv",
    );
    expect(
      downloadFileName(
        "audit",
        ["posting.approve", undefined, "", "from 2026-11-01", "to 2026-11-30"],
        "2026-12-01",
        "csv",
      ),
    ).toBe("skillsbridge-audit-posting-approve-from-2026-11-01-to-2026-11-30-2026-12-01.csv");
    expect(downloadFileName("readiness-check", [], "2026-03-04", "pdf")).toBe(
      "skillsbridge-readiness-check-2026-03-04.pdf",
    );
  });

  it("keeps typed text in a download name safe and short", () => {
    const name = downloadFileName(
      "audit",
      ['a"; x=1\r\n../../', "x".repeat(90)],
      "2026-12-01",
      "csv",
    );
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(name).toBe(`skillsbridge-audit-a-x-1-${"x".repeat(40)}-2026-12-01.csv`);
  });

  it("starts a CSV with what it holds, its filters and when it was made", () => {
    expect(
      toCsv([...csvHeading("Audit trail", "all actions", "1 December 2026 at 3pm"), ["When"]]),
    ).toBe("Audit trail\r\nFilters,all actions\r\nMade,1 December 2026 at 3pm\r\n\r\nWhen\r\n");
  });
});

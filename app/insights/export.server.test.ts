import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { exportInsightTable } from "./export.server";
import { parseInsightFilters } from "./filter-schema";

const filtersFrom = (query: string) => parseInsightFilters(new URLSearchParams(query)).filters;

describe("downloading an insight table", () => {
  test("gives the table as CSV and writes the download, with its filters, to the audit trail", async () => {
    const staff = await makeUser("staff");
    const result = await exportInsightTable(
      staff,
      "readiness",
      filtersFrom("la=birmingham&from=2026-01-01"),
      new Date("2026-12-01T10:00:00Z"),
    );
    expect(result.status).toBe("done");
    if (result.status !== "done") return;
    expect(result.value.fileName).toBe(
      "skillsbridge-readiness-birmingham-from-2026-01-01-2026-12-01.csv",
    );
    // The file says what it holds, its filters and when it was made, then the table.
    const lines = result.value.csv.split("\r\n");
    expect(lines[0]).toMatch(/^SkillsBridge: /);
    expect(lines[1]).toBe('Filters,"from 1 January 2026 to today, Birmingham"');
    expect(lines[2]).toBe("Made,1 December 2026 at 10am");
    expect(lines[3]).toBe("");
    expect(lines[4]).toMatch(/^.+,.+/);
    const audit = await prisma.auditEvent.findMany({
      where: { actorId: staff.id },
      select: { action: true, targetType: true, targetId: true, targetLabel: true },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "insights.export",
      targetType: "insight-table",
      targetId: "readiness",
    });
    expect(audit[0]?.targetLabel).toContain("Birmingham");
  });

  test("an unknown table is not found and nothing is written", async () => {
    const staff = await makeUser("staff");
    expect(await exportInsightTable(staff, "salaries", filtersFrom(""))).toEqual({
      status: "not-found",
    });
    expect(await prisma.auditEvent.count({ where: { actorId: staff.id } })).toBe(0);
  });
});

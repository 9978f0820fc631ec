import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "~/db.server";
import { auditActionChoices, parseAuditFilters } from "./audit-filters.server";
import { listAuditEvents, recordAudit } from "./audit.server";
import { exportAuditTrail } from "./export.server";

const ana = { id: "staff-ana", email: "ana@partnership.example" };
const ben = { id: "staff-ben", email: "ben@partnership.example" };
const downloader = { id: "staff-dl", email: "dl@partnership.example" };

/** Writes an event on a given day: the trail refuses UPDATE, so the clock is set instead. */
async function at(day: string, write: () => Promise<void>) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
  try {
    await write();
  } finally {
    vi.useRealTimers();
  }
}

beforeAll(async () => {
  await at("2026-11-02", () =>
    recordAudit(ana, {
      action: "organisation.verify",
      targetType: "organisation",
      targetId: "org-acme",
      targetLabel: "Acme Print Ltd",
    }),
  );
  await at("2026-11-10", () =>
    recordAudit(ben, {
      action: "user.suspend",
      targetType: "user",
      targetId: "user-sam",
      targetLabel: "sam@acme.example",
      reason: '=HYPERLINK("http://evil.example","click")',
    }),
  );
  await at("2026-11-20", () =>
    recordAudit(ana, {
      action: "posting.approve",
      targetType: "apprenticeship",
      targetId: "app-1",
      targetLabel: "Data apprentice at Acme",
    }),
  );
  await at("2026-11-30", () =>
    recordAudit(ben, {
      action: "user.restore",
      targetType: "user",
      targetId: "user-sam",
      targetLabel: "sam@acme.example",
    }),
  );
});

async function filtersFrom(query: string) {
  return parseAuditFilters(new URLSearchParams(query), await auditActionChoices());
}

async function listed(query: string) {
  const { filters } = await filtersFrom(query);
  return (await listAuditEvents(filters, 1)).events.map((e) => e.action);
}

describe("filtering the audit trail", () => {
  it("by who: part of the staff member's email, in any case", async () => {
    expect(await listed("who=ANA@")).toEqual(["posting.approve", "organisation.verify"]);
  });

  it("by record: its id exactly or part of its name", async () => {
    expect(await listed("record=user-sam")).toEqual(["user.restore", "user.suspend"]);
    // Names match in any case: "Acme" finds "sam@acme.example" too.
    expect(await listed("record=Acme")).toEqual([
      "user.restore",
      "posting.approve",
      "user.suspend",
      "organisation.verify",
    ]);
  });

  it("by action and by London days, both ends included", async () => {
    expect(await listed("action=user.suspend")).toEqual(["user.suspend"]);
    expect(await listed("from=2026-11-10&to=2026-11-20")).toEqual([
      "posting.approve",
      "user.suspend",
    ]);
  });

  it("all filters together", async () => {
    expect(await listed("who=ben&record=sam&from=2026-11-25")).toEqual(["user.restore"]);
  });

  it("reports a wrong date and an end before the start, and ignores an unknown action", async () => {
    expect((await filtersFrom("from=2026-02-30")).errors).toEqual({
      from: "Start date must be a real date",
    });
    expect((await filtersFrom("from=2026-11-20&to=2026-11-10")).errors.to).toBe(
      "The end date must be the same as or after the start date",
    );
    const unknown = await filtersFrom("action=drop.tables");
    expect(unknown.values.action).toBe("");
    expect(unknown.filters.action).toBeUndefined();
  });
});

describe("downloading the audit trail as CSV", () => {
  const now = new Date("2026-12-01T15:30:00Z");

  it("holds every matching row with the filters and the time at the top, named for them", async () => {
    const { values, filters } = await filtersFrom("record=user-sam&from=2026-11-01&to=2026-11-30");
    const result = await exportAuditTrail(downloader, values, filters, now);
    if (result.status !== "done") throw new Error("expected a file");
    expect(result.value.fileName).toBe(
      "skillsbridge-audit-user-sam-from-2026-11-01-to-2026-11-30-2026-12-01.csv",
    );
    const lines = result.value.csv.split("\r\n");
    expect(lines.slice(0, 5)).toEqual([
      "SkillsBridge audit trail",
      'Filters,"all actions, record: user-sam, from 1 November 2026 to 30 November 2026"',
      "Made,1 December 2026 at 3:30pm",
      "",
      "When,Time (UTC),Who,What,Action,Record type,Record id,Record,Reason",
    ]);
    expect(result.value.rows).toBe(2);
    expect(lines[5]).toContain("2026-11-30T12:00:00.000Z,ben@partnership.example,Restored a user");
    // A formula typed into a reason cannot run in a spreadsheet.
    expect(lines[6]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it("is itself written to the audit trail, with its filters", async () => {
    const { values, filters } = await filtersFrom("who=ana");
    await exportAuditTrail(downloader, values, filters, now);
    const row = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "audit.export", actorId: downloader.id },
      orderBy: { seq: "desc" },
      select: { targetLabel: true },
    });
    expect(row.targetLabel).toBe("2 rows (all actions, who: ana, all dates)");
  });

  it("says when it holds only the newest rows", async () => {
    const { values, filters } = await filtersFrom("who=partnership.example&to=2026-11-30");
    const result = await exportAuditTrail(downloader, values, filters, now, 2);
    if (result.status !== "done") throw new Error("expected a file");
    expect(result.value.rows).toBe(2);
    expect(result.value.csv).toContain(
      "Rows,The newest 2 of 4: choose fewer dates to get the rest",
    );
  });
});

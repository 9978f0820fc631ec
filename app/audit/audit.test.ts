import { describe, expect, it, vi } from "vitest";
import { at } from "../../tests/at";
import { prisma } from "~/db.server";
import { auditActionsInUse, listAuditEvents, recordAudit } from "./audit.server";

const actor = { id: "staff-1", email: "staff@test.example" };

describe("audit trail", () => {
  it("records who did what to what, and why", async () => {
    await recordAudit(actor, {
      action: "organisation.decline",
      targetType: "organisation",
      targetId: "org-1",
      targetLabel: "Acme",
      reason: "Not a real firm",
    });
    const { events, total } = await listAuditEvents({ action: "organisation.decline" }, 1);
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      actorEmail: actor.email,
      action: "organisation.decline",
      targetId: "org-1",
      targetLabel: "Acme",
      reason: "Not a real firm",
    });
  });

  it("cannot be changed or deleted, even straight in the database", async () => {
    await recordAudit(actor, { action: "user.suspend", targetType: "user", targetId: "user-1" });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { targetId: "user-1" },
      select: { id: true },
    });
    // Prisma reports the trigger's ABORT under its own wording; the row is what matters.
    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { reason: "changed" } }),
    ).rejects.toThrow();
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'changed'`),
    ).rejects.toThrow(/The audit trail cannot be changed/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(
      /The audit trail cannot be changed/,
    );
    const after = await prisma.auditEvent.findMany({
      where: { targetId: "user-1" },
      select: { reason: true },
    });
    expect(after).toEqual([{ reason: null }]);
  });

  it("filters by action and dates, newest first, and pages", async () => {
    // Rows are only ever written now, by the chain's writer: move the clock instead.
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < 55; i++) {
      vi.setSystemTime(new Date(Date.UTC(2025, 0, 1 + i)));
      await recordAudit(actor, {
        action: "insights.export",
        targetType: "insight-table",
        targetId: `t${i}`,
      });
    }
    vi.useRealTimers();
    const page1 = await listAuditEvents({ action: "insights.export" }, 1);
    expect(page1.total).toBe(55);
    expect(page1.pageCount).toBe(2);
    expect(at(page1.events, 0).targetId).toBe("t54");
    const page2 = await listAuditEvents({ action: "insights.export" }, 2);
    expect(page2.events).toHaveLength(5);
    // A page past the end shows the last page, as every list does.
    const past = await listAuditEvents({ action: "insights.export" }, 7);
    expect(past).toMatchObject({ page: 2, pageCount: 2, total: 55 });
    expect(past.events.map((e) => e.targetId)).toEqual(page2.events.map((e) => e.targetId));
    const january = await listAuditEvents(
      {
        action: "insights.export",
        from: new Date("2025-01-01T00:00:00Z"),
        to: new Date("2025-02-01T00:00:00Z"),
      },
      1,
    );
    expect(january.total).toBe(31);
    expect(await auditActionsInUse()).toEqual([
      "insights.export",
      "organisation.decline",
      "user.suspend",
    ]);
  });
});

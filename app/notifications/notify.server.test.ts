import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { listNotifications, markAllRead, unreadCount } from "./notify.server";

async function notice(organisationId: string, message: string, userId: string | null = null) {
  await prisma.notification.create({ data: { organisationId, userId, message } });
}

describe("a person's notifications", () => {
  test("are their organisation's and their own, never a colleague's or another organisation's", async () => {
    const me = await makeUser("sme");
    const colleague = await makeUser("sme", { organisationId: me.organisationId });
    const stranger = await makeUser("sme");
    await notice(me.organisationId, "For everyone");
    await notice(me.organisationId, "For me", me.id);
    await notice(me.organisationId, "For my colleague", colleague.id);
    await notice(stranger.organisationId, "For another firm");
    const mine = await listNotifications(me);
    expect(mine.map((n) => n.message).sort()).toEqual(["For everyone", "For me"]);
    expect(await unreadCount(me)).toBe(2);
  });

  test("marking all read marks only what the person sees", async () => {
    const me = await makeUser("sme");
    const colleague = await makeUser("sme", { organisationId: me.organisationId });
    await notice(me.organisationId, "For everyone");
    await notice(me.organisationId, "For me", me.id);
    await notice(me.organisationId, "For my colleague", colleague.id);
    const now = new Date("2027-03-10T10:00:00Z");
    expect(await markAllRead(me, now)).toEqual({ status: "done", value: undefined });
    expect(await unreadCount(me)).toBe(0);
    const rows = await prisma.notification.findMany({
      where: { organisationId: me.organisationId },
      select: { message: true, readAt: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.message, r.readAt]))).toEqual({
      "For everyone": now,
      "For me": now,
      "For my colleague": null,
    });
    expect(await unreadCount(colleague)).toBe(1);
  });
});

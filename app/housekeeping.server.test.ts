import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../tests/factories";
import { createToken } from "./auth/tokens.server";
import { runHousekeeping } from "./housekeeping.server";

const days = (n: number) => n * 86_400_000;

describe("housekeeping", () => {
  test("removes expired sessions, used or expired tokens, and accounts never confirmed after 30 days", async () => {
    const now = new Date();
    const live = await makeUser("sme");
    const stale = await makeUser("sme", {
      confirmed: false,
      createdAt: new Date(now.getTime() - days(31)),
    });
    const fresh = await makeUser("sme", {
      confirmed: false,
      createdAt: new Date(now.getTime() - days(29)),
    });
    await prisma.session.createMany({
      data: [
        { id: "expired", userId: live.id, expiresAt: new Date(now.getTime() - 1000) },
        { id: "current", userId: live.id, expiresAt: new Date(now.getTime() + days(1)) },
      ],
    });
    const used = await createToken({
      purpose: "confirm-email",
      email: live.email,
      userId: live.id,
    });
    await prisma.token.updateMany({ data: { usedAt: now } });
    await createToken({
      purpose: "reset-password",
      email: live.email,
      userId: live.id,
      now: new Date(now.getTime() - days(1)),
    });
    await createToken({
      purpose: "invite",
      email: "kept@x.test",
      organisationId: live.organisationId,
    });
    expect(used).toBeTruthy();

    const report = await runHousekeeping(now);
    expect(report["expired sessions removed"]).toBe(1);
    expect(report["used or expired tokens removed"]).toBe(2);
    expect(report["unconfirmed accounts removed"]).toBe(1);
    expect(await prisma.session.findMany({ select: { id: true } })).toEqual([{ id: "current" }]);
    expect(await prisma.token.count()).toBe(1);
    expect(await prisma.user.count({ where: { id: stale.id } })).toBe(0);
    expect(await prisma.organisation.count({ where: { id: stale.organisationId } })).toBe(0);
    expect(await prisma.user.count({ where: { id: fresh.id } })).toBe(1);
  });
});

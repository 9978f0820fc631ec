import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { PrismaSessionAdapter, sessionRowId } from "./session-adapter.server";

const adapter = new PrismaSessionAdapter(prisma);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

describe("the Lucia session adapter over Prisma", () => {
  test("setSession stores a row and getSessionAndUser returns it with the user's attributes", async () => {
    const user = await makeUser("school");
    await adapter.setSession({
      id: "s-one",
      userId: user.id,
      expiresAt: inDays(30),
      attributes: {},
    });
    const [session, found] = await adapter.getSessionAndUser("s-one");
    expect(session).toMatchObject({ id: "s-one", userId: user.id });
    expect(session!.expiresAt.getTime()).toBeCloseTo(inDays(30).getTime(), -4);
    expect(found?.id).toBe(user.id);
    expect(found?.attributes).toMatchObject({
      email: user.email,
      role: "school",
      organisationId: user.organisationId,
    });
    expect(found?.attributes.organisation.kind).toBe("school");
  });

  test("getSessionAndUser returns exactly what a Prisma read of the session, user and organisation does", async () => {
    const user = await makeUser("board", { verified: true });
    await prisma.user.update({
      where: { id: user.id },
      data: { suspendedAt: new Date("2026-01-02T03:04:05Z") },
    });
    await prisma.twoStep.create({
      data: { userId: user.id, secret: "sealed", confirmedAt: new Date() },
    });
    await adapter.setSession({
      id: "s-same",
      userId: user.id,
      expiresAt: inDays(30),
      attributes: {},
    });
    const row = await prisma.session.findUniqueOrThrow({
      where: { id: sessionRowId("s-same") },
      select: {
        id: true,
        userId: true,
        expiresAt: true,
        createdAt: true,
        lastSeenAt: true,
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            role: true,
            organisationId: true,
            emailConfirmedAt: true,
            suspendedAt: true,
            organisation: { select: { name: true, kind: true, verificationStatus: true } },
            twoStep: { select: { confirmedAt: true } },
          },
        },
      },
    });
    const { id, twoStep, ...rest } = row.user;
    const attributes = { ...rest, twoStepOn: Boolean(twoStep?.confirmedAt) };
    const [session, found] = await adapter.getSessionAndUser("s-same");
    expect(session).toStrictEqual({
      id: "s-same",
      userId: row.userId,
      expiresAt: row.expiresAt,
      attributes: { createdAt: row.createdAt, lastSeenAt: row.lastSeenAt },
    });
    expect(found).toStrictEqual({ id, attributes });
    expect(found!.attributes.suspendedAt).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(found!.attributes.twoStepOn).toBe(true);
  });

  test("the row keeps only the SHA-256 of the token, so a copy of the table signs nobody in", async () => {
    const user = await makeUser();
    await adapter.setSession({
      id: "raw-token",
      userId: user.id,
      expiresAt: inDays(1),
      attributes: {},
    });
    const [row] = await prisma.session.findMany({
      where: { userId: user.id },
      select: { id: true },
    });
    expect(row!.id).toBe(sessionRowId("raw-token"));
    expect(row!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await adapter.getSessionAndUser(row!.id)).toEqual([null, null]);
  });

  test("getSessionAndUser gives [null, null] for an unknown id", async () => {
    expect(await adapter.getSessionAndUser("nope")).toEqual([null, null]);
  });

  test("getUserSessions lists only that user's sessions", async () => {
    const a = await makeUser();
    const b = await makeUser();
    await adapter.setSession({ id: "a1", userId: a.id, expiresAt: inDays(1), attributes: {} });
    await adapter.setSession({ id: "a2", userId: a.id, expiresAt: inDays(2), attributes: {} });
    await adapter.setSession({ id: "b1", userId: b.id, expiresAt: inDays(1), attributes: {} });
    const ids = (await adapter.getUserSessions(a.id)).map((s) => s.id).sort();
    expect(ids).toEqual([sessionRowId("a1"), sessionRowId("a2")].sort());
  });

  test("updateSessionExpiration moves the expiry (sliding sessions)", async () => {
    const user = await makeUser();
    await adapter.setSession({
      id: "slide",
      userId: user.id,
      expiresAt: inDays(1),
      attributes: {},
    });
    await adapter.updateSessionExpiration("slide", inDays(30));
    const [session] = await adapter.getSessionAndUser("slide");
    expect(session!.expiresAt.getTime()).toBeGreaterThan(inDays(29).getTime());
  });

  test("deleteSession removes one row; deleting a missing one is fine", async () => {
    const user = await makeUser();
    await adapter.setSession({ id: "gone", userId: user.id, expiresAt: inDays(1), attributes: {} });
    await adapter.deleteSession("gone");
    await adapter.deleteSession("gone");
    expect(await prisma.session.count({ where: { id: sessionRowId("gone") } })).toBe(0);
  });

  test("deleteUserSessions removes every session of that user only", async () => {
    const a = await makeUser();
    const b = await makeUser();
    await adapter.setSession({ id: "x1", userId: a.id, expiresAt: inDays(1), attributes: {} });
    await adapter.setSession({ id: "x2", userId: a.id, expiresAt: inDays(1), attributes: {} });
    await adapter.setSession({ id: "y1", userId: b.id, expiresAt: inDays(1), attributes: {} });
    await adapter.deleteUserSessions(a.id);
    expect(await prisma.session.count({ where: { userId: a.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: b.id } })).toBe(1);
  });

  test("deleteExpiredSessions removes expired rows and keeps live ones", async () => {
    const user = await makeUser();
    await adapter.setSession({
      id: "old",
      userId: user.id,
      expiresAt: new Date(Date.now() - 1000),
      attributes: {},
    });
    await adapter.setSession({ id: "new", userId: user.id, expiresAt: inDays(1), attributes: {} });
    await adapter.deleteExpiredSessions();
    expect(await prisma.session.count({ where: { id: sessionRowId("old") } })).toBe(0);
    expect(await prisma.session.count({ where: { id: sessionRowId("new") } })).toBe(1);
  });
});

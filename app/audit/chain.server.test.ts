import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { at } from "../../tests/at";
import { prisma } from "~/db.server";
import { recordAudit } from "./audit.server";
import { FIRST_PREV_HASH, verifyAuditChain } from "./chain.server";

const run = promisify(execFile);
const actor = { id: "staff-1", email: "staff@test.example" };
const REFUSED = /The audit trail cannot be changed/;

async function writeRows(count: number) {
  for (let i = 0; i < count; i++) {
    await recordAudit(actor, {
      action: "organisation.decline",
      targetType: "organisation",
      targetId: `org-${i}`,
      reason: `reason ${i}`,
    });
  }
  return prisma.auditEvent.findMany({
    orderBy: { seq: "asc" },
    select: { id: true, seq: true, hash: true, prevHash: true, reason: true, actorEmail: true },
  });
}

/** What someone holding the database file can do: take the triggers away. */
async function withoutTriggers(change: () => Promise<unknown>) {
  const triggers = await prisma.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEvent'`,
  );
  for (const { name } of triggers) await prisma.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
  await change();
  for (const { sql } of triggers) await prisma.$executeRawUnsafe(sql);
}

const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, NODE_ENV: "test" },
  });

describe("audit chain", () => {
  // The file's database is shared by its tests: each starts from an empty trail.
  beforeEach(() => withoutTriggers(() => prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)));

  it("links each row to the one before by its hash, from 64 zeros", async () => {
    const rows = await writeRows(3);
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3]);
    expect(at(rows, 0).prevHash).toBe(FIRST_PREV_HASH);
    expect(at(rows, 1).prevHash).toBe(at(rows, 0).hash);
    expect(at(rows, 2).prevHash).toBe(at(rows, 1).hash);
    expect(await verifyAuditChain()).toEqual({ ok: true, count: 3, head: at(rows, 2).hash });
  });

  it("refuses INSERT OR REPLACE, REPLACE INTO and upserts over a row, in SQL", async () => {
    const [first, second] = await writeRows(2);
    if (!first || !second) throw new Error("two rows expected");
    const columns = `"id","seq","actorId","actorEmail","action","targetType","targetId","reason","createdAt","prevHash","hash"`;
    const forged = (id: string, seq: number, hash: string) =>
      `('${id}', ${seq}, 'intruder', 'intruder@test.example', 'organisation.verify', 'organisation', 'org-0', 'rewritten', '2026-01-01T00:00:00.000Z', '${FIRST_PREV_HASH}', '${hash}')`;
    // Over the same id, the same place in the chain, the same hash, the same rowid.
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT OR REPLACE INTO "AuditEvent" (${columns}) VALUES ${forged(first.id, 1, "x")}`,
      ),
    ).rejects.toThrow(REFUSED);
    await expect(
      prisma.$executeRawUnsafe(
        `REPLACE INTO "AuditEvent" (${columns}) VALUES ${forged("new-id", 1, "y")}`,
      ),
    ).rejects.toThrow(REFUSED);
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT OR REPLACE INTO "AuditEvent" (${columns}) VALUES ${forged("new-id", 9, first.hash)}`,
      ),
    ).rejects.toThrow(REFUSED);
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT OR REPLACE INTO "AuditEvent" (rowid, ${columns}) VALUES (1, ${forged("new-id", 9, "z").slice(1)}`,
      ),
    ).rejects.toThrow(REFUSED);
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (${columns}) VALUES ${forged(first.id, 1, "x")} ON CONFLICT("id") DO UPDATE SET "reason" = 'rewritten'`,
      ),
    ).rejects.toThrow(REFUSED);
    // Nor can a row be slipped in anywhere but on the end, with the right link.
    await expect(
      prisma.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (${columns}) VALUES ${forged("new-id", 3, "w")}`,
      ),
    ).rejects.toThrow(/must follow the last one/);
    const after = await prisma.auditEvent.findMany({
      orderBy: { seq: "asc" },
      select: { id: true, seq: true, hash: true, prevHash: true, reason: true, actorEmail: true },
    });
    expect(after).toEqual([first, second]);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("names the first broken row when one was changed behind the triggers' back", async () => {
    const rows = await writeRows(4);
    await withoutTriggers(() =>
      prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'softer words' WHERE "seq" = 2`),
    );
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      seq: 2,
      id: at(rows, 1).id,
      count: 1,
      problem: expect.stringMatching(/content does not match its hash/),
    });
  });

  it("names the row after one that was removed, or replaced with a fresh hash", async () => {
    const rows = await writeRows(4);
    await withoutTriggers(() =>
      prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 2`),
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: false, seq: 3, id: at(rows, 2).id });
    // Put a forged row 2 back with a hash of its own: row 3 no longer points to it.
    await withoutTriggers(() =>
      prisma.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("id","seq","actorId","actorEmail","action","targetType","targetId","createdAt","prevHash","hash")
         VALUES ('forged', 2, 'x', 'x@test.example', 'user.restore', 'user', 'u', '2026-01-01T00:00:00.000Z', '${at(rows, 0).hash}', 'forged-hash')`,
      ),
    );
    expect(await verifyAuditChain()).toMatchObject({ ok: false, seq: 2, id: "forged" });
  });

  it("seals rows written before the chain, in order, before the next row links on", async () => {
    // As the chain's migration leaves rows it copied: in order, with placeholders.
    await withoutTriggers(async () => {
      for (const seq of [1, 2]) {
        await prisma.$executeRawUnsafe(
          `INSERT INTO "AuditEvent" ("id","seq","actorId","actorEmail","action","targetType","targetId","createdAt","prevHash","hash")
           VALUES ('old-${seq}', ${seq}, 'x', 'x@test.example', 'user.suspend', 'user', 'u', '2025-06-0${seq}T10:00:00.000Z', '', 'unsealed:old-${seq}')`,
        );
      }
    });
    expect(await verifyAuditChain()).toMatchObject({ ok: false, seq: 1, id: "old-1" });
    // Nothing else may be changed on an unsealed row.
    await expect(
      prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "reason" = 'late', "hash" = 'h' WHERE "id" = 'old-1'`,
      ),
    ).rejects.toThrow(REFUSED);
    await recordAudit(actor, { action: "user.restore", targetType: "user", targetId: "u" });
    expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 3 });
  });

  // Each child process starts tsx and Prisma: seconds apiece on a busy machine.
  it("stays one chain with several processes writing at once (BEGIN IMMEDIATE)", async () => {
    const writer = path.join("tests", "audit-writer.ts");
    await Promise.all([
      cli([writer, "a", "15"]),
      cli([writer, "b", "15"]),
      cli([writer, "c", "15"]),
      writeRows(15),
    ]);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 60 });
  }, 90_000);

  it("npm run audit:verify says the chain checks out, or names the first broken row", async () => {
    await writeRows(3);
    const script = path.join("scripts", "audit-verify.ts");
    const good = await cli([script]);
    expect(good.stdout).toMatch(/checks out: 3 rows/);
    await withoutTriggers(() =>
      prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "actorEmail" = 'someone@else' WHERE "seq" = 3`,
      ),
    );
    const bad = await cli([script]).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/broken at row 3 .*content does not match/);
  }, 60_000);
});

import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { configureDb, prisma } from "~/db.server";

describe("the database connection", () => {
  test("a transaction that reads then writes holds the write lock from the start, so another process cannot slip in between", async () => {
    await configureDb(); // WAL, as in production: readers do not block writers there
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    const other = new Database(file);
    other.pragma("busy_timeout = 50");
    let otherWrite: unknown = null;
    await prisma.$transaction(async (tx) => {
      await tx.organisation.count();
      // Another process tries to write while our transaction is open.
      try {
        other
          .prepare(
            "INSERT INTO Organisation (id, name, kind, createdAt, updatedAt) VALUES ('other', 'Other', 'sme', '2026-01-01', '2026-01-01')",
          )
          .run();
      } catch (error) {
        otherWrite = error;
      }
      await tx.organisation.create({ data: { name: "Ours", kind: "sme" } });
    });
    other.close();
    // With a deferred BEGIN the other write would win and ours would fail with "database is locked".
    expect(String(otherWrite)).toContain("database is locked");
    expect(await prisma.organisation.count({ where: { name: "Ours" } })).toBe(1);
  });

  test("foreign keys are enforced", async () => {
    await expect(
      prisma.user.create({
        data: { email: "x@y.test", name: "X", role: "sme", organisationId: "missing" },
      }),
    ).rejects.toThrow();
  });
});

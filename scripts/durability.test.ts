import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { sqlitePragmas } from "~/db-settings";
import { backupDatabase, integrityCheck, pruneBackups } from "./backup";
import { restoreDatabase } from "./restore";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "skillsbridge-durability-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Start the writer; resolves with a handle once it has committed its first row. */
function startWriter(file: string) {
  const child = spawn(process.execPath, [path.join("scripts", "crash-writer.mjs"), file, JSON.stringify(sqlitePragmas)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const committed: number[] = [];
  let buffer = "";
  const firstRow = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) committed.push(Number(line));
      if (committed.length) resolve();
    });
    child.once("exit", () => reject(new Error("writer exited early")));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, committed, firstRow, exited };
}

function storedIds(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return new Set((db.prepare("SELECT id FROM crash_test").all() as { id: number }[]).map((r) => r.id));
  } finally {
    db.close();
  }
}

describe("durability", () => {
  test("killed with SIGKILL 50 times mid-write: the file stays sound and every reported commit is there", async () => {
    const file = path.join(work, "crash.db");
    const rounds = 50;
    let checked = 0;
    for (let round = 0; round < rounds; round++) {
      const writer = startWriter(file);
      await writer.firstRow;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 60));
      writer.child.kill("SIGKILL");
      await writer.exited;
      expect(integrityCheck(file)).toBe("ok");
      const stored = storedIds(file);
      const missing = writer.committed.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      checked += writer.committed.length;
    }
    expect(checked).toBeGreaterThan(rounds);
  }, 120_000);

  test("a backup taken while writes are running is consistent, and restores", async () => {
    const file = path.join(work, "live.db");
    const writer = startWriter(file);
    await writer.firstRow;
    await new Promise((r) => setTimeout(r, 100));
    const dir = path.join(work, "backups");
    const { file: backup } = await backupDatabase({ source: file, dir, keep: 3 });
    writer.child.kill("SIGKILL");
    await writer.exited;

    expect(integrityCheck(backup)).toBe("ok");
    const inBackup = storedIds(backup);
    expect(inBackup.size).toBeGreaterThan(0);
    // A consistent copy: ids 1..n with no gaps.
    expect(Math.max(...inBackup)).toBe(inBackup.size);

    const target = path.join(work, "restored.db");
    expect(restoreDatabase({ backup, target })).toBe("ok");
    expect(storedIds(target).size).toBe(inBackup.size);
  }, 60_000);

  test("only the newest N backups are kept", () => {
    const dir = path.join(work, "prune");
    fs.mkdirSync(dir);
    for (const day of ["01", "02", "03", "04"]) fs.writeFileSync(path.join(dir, `skillsbridge-2026-01-${day}.db`), "");
    expect(pruneBackups(dir, 2)).toEqual(["skillsbridge-2026-01-01.db", "skillsbridge-2026-01-02.db"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["skillsbridge-2026-01-03.db", "skillsbridge-2026-01-04.db"]);
  });

  test("a damaged backup is refused by restore", () => {
    const bad = path.join(work, "bad.db");
    fs.writeFileSync(bad, "this is not a database");
    expect(() => restoreDatabase({ backup: bad, target: path.join(work, "x.db") })).toThrow();
  });
});

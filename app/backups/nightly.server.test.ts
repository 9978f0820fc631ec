import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { databaseFile } from "../../scripts/sqlite-file";
import {
  backupDue,
  backupTimeFrom,
  NIGHTLY_BACKUP_JOB,
  runNightlyBackup,
  type NightlyBackupSettings,
} from "./nightly.server";

let dir: string;
let settings: NightlyBackupSettings;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nightly-"));
  settings = { time: "02:30", dir, keep: 7, source: databaseFile() };
});

afterEach(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await prisma.jobClaim.deleteMany();
});

const backups = () => fs.readdirSync(dir).filter((f) => f.endsWith(".db"));

describe("when the nightly backup is due", () => {
  it("is on at 02:30 for a real site and off for a demo, unless BACKUP_TIME says", () => {
    expect(backupTimeFrom({ APP_ORIGIN: "https://skillsbridge.example.org" })).toBe("02:30");
    expect(backupTimeFrom({ APP_ORIGIN: undefined })).toBe("off");
    expect(
      backupTimeFrom({ APP_ORIGIN: "https://skillsbridge.example.org", SEED_DEMO: "true" }),
    ).toBe("off");
    expect(backupTimeFrom({ APP_ORIGIN: "http://localhost:3000", BACKUP_TIME: "01:00" })).toBe(
      "01:00",
    );
    expect(
      backupTimeFrom({ APP_ORIGIN: "https://skillsbridge.example.org", BACKUP_TIME: "off" }),
    ).toBe("off");
  });

  it("is due from its London time of day, in summer time too", () => {
    // 02:29 and 02:30 in London in December (GMT).
    expect(backupDue("02:30", new Date("2026-12-01T02:29:00Z"))).toEqual({
      due: false,
      day: "2026-12-01",
    });
    expect(backupDue("02:30", new Date("2026-12-01T02:30:00Z")).due).toBe(true);
    // 01:30 UTC in July is 02:30 in London (BST).
    expect(backupDue("02:30", new Date("2026-07-01T01:29:00Z")).due).toBe(false);
    expect(backupDue("02:30", new Date("2026-07-01T01:30:00Z"))).toEqual({
      due: true,
      day: "2026-07-01",
    });
    expect(backupDue("off", new Date("2026-12-01T23:59:00Z")).due).toBe(false);
  });
});

describe("the server's nightly backup", () => {
  it("takes nothing before its time, then one checked backup, readable only by its owner", async () => {
    expect(await runNightlyBackup(new Date("2026-12-01T02:00:00Z"), settings)).toBe(0);
    expect(backups()).toEqual([]);
    await prisma.reminderSent.create({ data: { key: "row-before-the-backup" } });
    expect(await runNightlyBackup(new Date("2026-12-01T02:40:00Z"), settings)).toBe(1);
    const [file] = backups();
    expect(file).toBe("skillsbridge-2026-12-01T02-40-00-000Z.db");
    const full = path.join(dir, file!);
    expect(fs.statSync(full).mode & 0o777).toBe(0o600);
    // One file to copy off the machine: no -wal or -shm beside it.
    expect(fs.readdirSync(dir)).toEqual([file]);
    const copy = new Database(full, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(
        copy
          .prepare(`SELECT count(*) AS n FROM "ReminderSent" WHERE "key" = ?`)
          .get("row-before-the-backup"),
      ).toEqual({ n: 1 });
    } finally {
      copy.close();
    }
  });

  it("takes one a day: later runs that day take none", async () => {
    expect(await runNightlyBackup(new Date("2026-12-01T02:40:00Z"), settings)).toBe(1);
    expect(await runNightlyBackup(new Date("2026-12-01T02:50:00Z"), settings)).toBe(0);
    expect(await runNightlyBackup(new Date("2026-12-01T23:50:00Z"), settings)).toBe(0);
    expect(backups()).toHaveLength(1);
    expect(await runNightlyBackup(new Date("2026-12-02T02:31:00Z"), settings)).toBe(1);
    expect(backups()).toHaveLength(2);
  });

  it("is taken once when two servers on the same database run it at the same moment", async () => {
    const now = new Date("2026-12-01T02:40:00Z");
    // The second server writes to its own folder, so two files would show two backups.
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightly-other-"));
    try {
      const taken = await Promise.all([
        runNightlyBackup(now, settings),
        runNightlyBackup(now, { ...settings, dir: otherDir }),
      ]);
      expect(taken.sort()).toEqual([0, 1]);
      expect(backups().length + fs.readdirSync(otherDir).length).toBe(1);
      expect(await prisma.jobClaim.findMany({ select: { job: true, day: true } })).toEqual([
        { job: NIGHTLY_BACKUP_JOB, day: "2026-12-01" },
      ]);
    } finally {
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it("keeps BACKUP_KEEP backups, removing each older one with its -wal and -shm", async () => {
    fs.writeFileSync(path.join(dir, "skillsbridge-2026-11-01T02-30-00-000Z.db"), "old");
    fs.writeFileSync(path.join(dir, "skillsbridge-2026-11-01T02-30-00-000Z.db-wal"), "old");
    fs.writeFileSync(path.join(dir, "skillsbridge-2026-11-01T02-30-00-000Z.db-shm"), "old");
    await runNightlyBackup(new Date("2026-12-01T02:40:00Z"), { ...settings, keep: 1 });
    expect(fs.readdirSync(dir)).toEqual(["skillsbridge-2026-12-01T02-40-00-000Z.db"]);
  });

  it("gives the day back when the backup fails, so the next run tries again", async () => {
    const now = new Date("2026-12-01T02:40:00Z");
    const broken = { ...settings, source: path.join(dir, "missing.db") };
    await expect(runNightlyBackup(now, broken)).rejects.toThrow();
    expect(await prisma.jobClaim.count()).toBe(0);
    expect(await runNightlyBackup(now, settings)).toBe(1);
  });
});

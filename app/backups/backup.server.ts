// A consistent copy of the live database, checked, keeping the last N: used by
// `npm run backup` (scripts/backup.ts) and the server's nightly backup
// (nightly.server.ts). Uses SQLite's online backup API, so the app can keep
// serving (and writing) meanwhile.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const DEFAULT_KEEP = 7;

export function integrityCheck(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

export async function backupDatabase(options: {
  source: string;
  dir: string;
  keep?: number;
  maxAgeDays?: number;
  now?: Date;
}) {
  fs.mkdirSync(options.dir, { recursive: true });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
  const target = path.join(options.dir, `skillsbridge-${stamp}.db`);
  const db = new Database(options.source, { fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  // The copy keeps the live file's WAL mode, so opening it (the check below, a
  // restore practice) would leave -wal and -shm beside it: make it one file.
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  // It holds password hashes and personal data: only the owner may read it.
  fs.chmodSync(target, 0o600);
  const check = integrityCheck(target);
  if (check !== "ok") {
    fs.rmSync(target, { force: true });
    throw new Error(`The backup failed its integrity check: ${check}`);
  }
  const removed = pruneBackups(options.dir, options.keep ?? DEFAULT_KEEP, {
    maxAgeDays: options.maxAgeDays,
    now: options.now,
  });
  return { file: target, removed };
}

/**
 * Keep the newest `keep` backups (names sort by time), and with `maxAgeDays`
 * none older than that (the newest is always kept). Each removed backup goes
 * with its -wal and -shm files.
 */
export function pruneBackups(
  dir: string,
  keep: number,
  options: { maxAgeDays?: number; now?: Date } = {},
) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^skillsbridge-.*\.db$/.test(f))
    .sort();
  const tooMany = new Set(files.slice(0, Math.max(0, files.length - keep)));
  const cutoff =
    options.maxAgeDays === undefined
      ? undefined
      : (options.now ?? new Date()).getTime() - options.maxAgeDays * 24 * 60 * 60 * 1000;
  const old = files.filter(
    (file, i) =>
      tooMany.has(file) ||
      (cutoff !== undefined &&
        i < files.length - 1 &&
        fs.statSync(path.join(dir, file)).mtimeMs < cutoff),
  );
  for (const file of old)
    for (const suffix of ["", "-wal", "-shm"])
      fs.rmSync(path.join(dir, file + suffix), { force: true });
  return old;
}

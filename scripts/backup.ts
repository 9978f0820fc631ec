// `npm run backup`: a consistent copy of the live database, checked, keeping the last N.
// Uses SQLite's online backup API, so the app can keep serving (and writing) meanwhile.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "./sqlite-file";

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
  const check = integrityCheck(target);
  if (check !== "ok") {
    fs.rmSync(target, { force: true });
    throw new Error(`The backup failed its integrity check: ${check}`);
  }
  const removed = pruneBackups(options.dir, options.keep ?? DEFAULT_KEEP);
  return { file: target, removed };
}

/** Keep the newest `keep` backups (names sort by time). */
export function pruneBackups(dir: string, keep: number) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^skillsbridge-.*\.db$/.test(f))
    .sort();
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const file of old) fs.rmSync(path.join(dir, file), { force: true });
  return old;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = databaseFile();
  const dir = path.resolve(process.env.BACKUP_DIR ?? "backups");
  const keep = Number(process.env.BACKUP_KEEP ?? DEFAULT_KEEP);
  const result = await backupDatabase({ source, dir, keep });
  console.info(`Backup written and checked: ${result.file}`);
  if (result.removed.length) console.info(`Removed ${result.removed.length} older backup(s).`);
}

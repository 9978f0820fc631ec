// `npm run restore -- <file>`: put a backup back. Refused while any process has
// the database open (stop the app first); the current database is kept beside
// it as `.before-restore`, copied with SQLite's backup API so rows still in its
// -wal are kept too.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { integrityCheck } from "./backup";
import { databaseFile } from "./sqlite-file";

export const IN_USE_MESSAGE =
  "The database is open in another process (is the app still running?). Stop it first, then restore.";

/**
 * The database with an exclusive lock, or null when another connection has it
 * open: in WAL mode every open connection holds a shared lock, even when idle.
 */
function lockExclusively(file: string) {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && /locked|busy/i.test(error.message)) return null;
    throw error;
  }
}

export async function restoreDatabase(options: { backup: string; target: string }) {
  const check = integrityCheck(options.backup);
  if (check !== "ok")
    throw new Error(`That backup failed its integrity check, so it was not restored: ${check}`);
  if (fs.existsSync(options.target)) {
    const current = lockExclusively(options.target);
    if (!current) throw new Error(IN_USE_MESSAGE);
    try {
      // Keep the current data beside it, in case the wrong backup was chosen.
      await current.backup(`${options.target}.before-restore`);
      fs.chmodSync(`${options.target}.before-restore`, 0o600);
    } finally {
      current.close();
    }
  }
  const temporary = `${options.target}.restoring`;
  fs.copyFileSync(options.backup, temporary);
  fs.chmodSync(temporary, 0o600);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(options.target + suffix, { force: true });
  fs.renameSync(temporary, options.target);
  return integrityCheck(options.target);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const backup = process.argv[2];
  if (!backup) {
    console.error("Say which backup to restore: npm run restore -- backups/skillsbridge-<time>.db");
    process.exit(1);
  }
  const target = databaseFile();
  try {
    const result = await restoreDatabase({ backup: path.resolve(backup), target });
    console.info(`Restored ${backup} to ${target} (integrity: ${result}). Start the app again.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

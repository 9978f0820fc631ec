// `npm run restore -- <file>`: put a backup back. Stop the app first.
import fs from "node:fs";
import path from "node:path";
import { integrityCheck } from "./backup";
import { databaseFile } from "./sqlite-file";

export function restoreDatabase(options: { backup: string; target: string }) {
  const check = integrityCheck(options.backup);
  if (check !== "ok")
    throw new Error(`That backup failed its integrity check, so it was not restored: ${check}`);
  // Keep the current file beside it, in case the wrong backup was chosen.
  if (fs.existsSync(options.target))
    fs.copyFileSync(options.target, `${options.target}.before-restore`);
  const temporary = `${options.target}.restoring`;
  fs.copyFileSync(options.backup, temporary);
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
  const result = restoreDatabase({ backup: path.resolve(backup), target });
  console.info(`Restored ${backup} to ${target} (integrity: ${result}). Start the app again.`);
}

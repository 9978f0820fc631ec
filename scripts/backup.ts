// `npm run backup`: a consistent copy of the live database, checked, keeping the
// last N (the same backup the server takes each night: app/backups/).
import path from "node:path";
import { backupDatabase, DEFAULT_KEEP } from "../app/backups/backup.server";
import { databaseFile } from "./sqlite-file";

export {
  backupDatabase,
  DEFAULT_KEEP,
  integrityCheck,
  pruneBackups,
} from "../app/backups/backup.server";

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = databaseFile();
  const dir = path.resolve(process.env.BACKUP_DIR ?? "backups");
  const keep = Number(process.env.BACKUP_KEEP ?? DEFAULT_KEEP);
  const maxAgeDays = process.env.BACKUP_MAX_AGE_DAYS
    ? Number(process.env.BACKUP_MAX_AGE_DAYS)
    : undefined;
  const result = await backupDatabase({ source, dir, keep, maxAgeDays });
  console.info(`Backup written and checked: ${result.file}`);
  if (result.removed.length) console.info(`Removed ${result.removed.length} older backup(s).`);
}

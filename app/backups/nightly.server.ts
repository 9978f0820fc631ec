// The server's own nightly backup, run by the housekeeping timer (every 10
// minutes): once the London time passes BACKUP_TIME, the first server to claim
// the day (a JobClaim row; a second server on the same database finds it taken)
// takes a checked online backup into BACKUP_DIR and prunes the old ones, the
// same way `npm run backup` does (scripts/backup.ts).
import path from "node:path";
import { isRealSite } from "~/accounts/first-run.server";
import { isUniqueViolation, prisma } from "~/db.server";
import { env } from "~/env.server";
import { logger } from "~/logger.server";
import { addDays, ukDayAndTime } from "~/time/uk-time";
import { backupDatabase } from "./backup.server";
import { databaseFile } from "../../scripts/sqlite-file";

export const NIGHTLY_BACKUP_JOB = "nightly-backup";
export const DEFAULT_BACKUP_TIME = "02:30";

export type NightlyBackupSettings = {
  /** "HH:MM" London time, or "off". */
  time: string;
  dir: string;
  keep: number;
  maxAgeDays?: number;
  source: string;
};

/** BACKUP_TIME, or when unset: on for a real site, off for a demo (its data is made up), even one at a real address. */
export function backupTimeFrom(config: {
  BACKUP_TIME?: string;
  APP_ORIGIN?: string;
  SEED_DEMO?: string;
}): string {
  if (config.BACKUP_TIME) return config.BACKUP_TIME;
  return isRealSite(config.APP_ORIGIN) && config.SEED_DEMO !== "true" ? DEFAULT_BACKUP_TIME : "off";
}

export function nightlyBackupSettings(): NightlyBackupSettings {
  return {
    time: backupTimeFrom(env),
    dir: path.resolve(env.BACKUP_DIR),
    keep: env.BACKUP_KEEP,
    maxAgeDays: env.BACKUP_MAX_AGE_DAYS,
    source: databaseFile(env.DATABASE_URL),
  };
}

/** Whether tonight's backup is due at `now`: on, and past the time of day (London). */
export function backupDue(time: string, now: Date): { due: boolean; day: string } {
  const { day, time: clock } = ukDayAndTime(now);
  return { due: time !== "off" && clock >= time, day };
}

/**
 * Takes the day's backup if it is due and nobody has taken it; returns 1 for a
 * backup taken, 0 otherwise. A failed backup gives the claim back, so the next
 * run tries again, and throws (housekeeping logs it and counts the failure).
 */
export async function runNightlyBackup(
  now: Date,
  settings: NightlyBackupSettings = nightlyBackupSettings(),
): Promise<number> {
  const { due, day } = backupDue(settings.time, now);
  if (!due) return 0;
  const claimed = await prisma.jobClaim
    .create({ data: { job: NIGHTLY_BACKUP_JOB, day, claimedAt: now }, select: { day: true } })
    .then(() => true)
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return false;
      throw error;
    });
  if (!claimed) return 0;
  // Claims are only needed for the day they guard; keep two months for reading.
  await prisma.jobClaim.deleteMany({
    where: { job: NIGHTLY_BACKUP_JOB, day: { lt: addDays(day, -60) } },
  });
  const started = Date.now();
  try {
    const result = await backupDatabase({
      source: settings.source,
      dir: settings.dir,
      keep: settings.keep,
      maxAgeDays: settings.maxAgeDays,
      now,
    });
    logger.info(
      {
        event: "backup.done",
        file: path.basename(result.file),
        dir: settings.dir,
        removed: result.removed.length,
        ms: Date.now() - started,
      },
      "nightly backup written and checked",
    );
    return 1;
  } catch (error) {
    await prisma.jobClaim.delete({ where: { job_day: { job: NIGHTLY_BACKUP_JOB, day } } });
    throw error;
  }
}

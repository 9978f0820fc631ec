import { prisma } from "~/db.server";
import { env } from "~/env.server";
import { deleteOldSignInFailures } from "~/auth/rate-limit.server";
import { deleteOldLimitHits } from "~/limits/limiter.server";
import { deleteOldJoinRequests } from "~/organisations/join-requests.server";
import { deleteExpiredApplications } from "~/applications/retention.server";
import { deleteUnconfirmedSearchAlerts } from "~/opportunities/search-alerts.server";
import { deleteEndedChallenges } from "~/auth/sign-in-challenge.server";
import { deleteEndedSignUpDrafts } from "~/accounts/sign-up-draft.server";
import { deleteOldSecurityEvents } from "~/security/events.server";
import { logger } from "~/logger.server";
import { observeJob } from "~/metrics.server";

// Jobs that run inside the server process on a timer. Each returns what it did,
// which is logged (counts only, never personal data).
type Job = { name: string; run: (now: Date) => Promise<number> };

export const UNCONFIRMED_ACCOUNT_DAYS = 30;

const jobs: Job[] = [
  {
    name: "expired sessions removed",
    run: async (now) =>
      (await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } })).count,
  },
  { name: "old sign-in failures removed", run: (now) => deleteOldSignInFailures(now) },
  { name: "old rate-limit hits removed", run: (now) => deleteOldLimitHits(now) },
  { name: "old requests to join removed", run: (now) => deleteOldJoinRequests(now) },
  { name: "ended sign-in challenges removed", run: (now) => deleteEndedChallenges(now) },
  { name: "ended sign-up drafts removed", run: (now) => deleteEndedSignUpDrafts(now) },
  { name: "security events over a year old removed", run: (now) => deleteOldSecurityEvents(now) },
  {
    name: "used or expired tokens removed",
    run: async (now) =>
      (
        await prisma.token.deleteMany({
          where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] },
        })
      ).count,
  },
  {
    name: "unconfirmed accounts removed",
    run: (now) => removeStaleUnconfirmedAccounts(now),
  },
  { name: "applications past retention removed", run: (now) => deleteExpiredApplications(now) },
  {
    name: "saved searches never confirmed removed",
    run: (now) => deleteUnconfirmedSearchAlerts(now),
  },
];

/** Accounts never confirmed after 30 days go, with any organisation left with no members. */
export async function removeStaleUnconfirmedAccounts(now: Date) {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_ACCOUNT_DAYS * 24 * 60 * 60 * 1000);
  const stale = await prisma.user.findMany({
    where: { emailConfirmedAt: null, createdAt: { lte: cutoff }, role: { not: "staff" } },
    select: { id: true, organisationId: true },
  });
  for (const user of stale) {
    await prisma.$transaction(async (tx) => {
      await tx.user.delete({ where: { id: user.id } });
      const left = await tx.user.count({ where: { organisationId: user.organisationId } });
      if (left === 0) await tx.organisation.delete({ where: { id: user.organisationId } });
    });
  }
  return stale.length;
}

export function registerJob(job: Job) {
  jobs.push(job);
}

export async function runHousekeeping(now = new Date()) {
  const report: Record<string, number> = {};
  for (const job of jobs) {
    try {
      const rows = await job.run(now);
      report[job.name] = rows;
      observeJob(job.name, "done", rows);
    } catch (error) {
      observeJob(job.name, "failed");
      console.error(`Housekeeping job "${job.name}" failed:`, error);
    }
  }
  return report;
}

let timer: NodeJS.Timeout | undefined;

export function startHousekeeping() {
  if (timer || env.NODE_ENV === "test" || env.HOUSEKEEPING_INTERVAL_MS === 0) return;
  const tick = async () => {
    const started = Date.now();
    const report = await runHousekeeping();
    // Counts only: one line per run, with the rows each job touched.
    logger.info({ event: "jobs.run", rows: report, ms: Date.now() - started }, "housekeeping ran");
  };
  timer = setInterval(() => void tick(), env.HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  setTimeout(() => void tick(), 2_000).unref();
}

export function stopHousekeeping() {
  if (timer) clearInterval(timer);
  timer = undefined;
}

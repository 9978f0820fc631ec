import { prisma } from "~/db.server";

// Limits kept in the database, so they hold across server processes and
// restarts (docs/decisions/021-rate-limits.md). Each limit counts hits per
// subject (an account or a client address) in a sliding window: at most `max`
// in the last `windowMinutes`. A window that slides always ends, so nobody can
// lock someone else out for good. Any feature can define a limit here and use it.

export type Limit = {
  /** Part of every key; unique per limit. */
  name: string;
  max: number;
  windowMinutes: number;
};

export type Subject = { account: string } | { address: string };

/** The per-account and per-address limits of one action. */
export type LimitPair = { perAccount: Limit; perAddress: Limit };

export const limits = {
  /** "I have forgotten my password": emails sent, per address typed and per client. */
  passwordReset: {
    perAccount: { name: "password-reset", max: 3, windowMinutes: 60 },
    perAddress: { name: "password-reset", max: 10, windowMinutes: 60 },
  },
  /** Create an account: per email address typed and per client (schools share one address). */
  signUp: {
    perAccount: { name: "sign-up", max: 3, windowMinutes: 60 },
    perAddress: { name: "sign-up", max: 20, windowMinutes: 60 },
  },
  /** Sign-up's look for organisations already on SkillsBridge, per address typed and per client. */
  signUpCheck: {
    perAccount: { name: "sign-up-check", max: 10, windowMinutes: 60 },
    perAddress: { name: "sign-up-check", max: 30, windowMinutes: 60 },
  },
  /** Invitations sent, per inviting user and per client. */
  invitation: {
    perAccount: { name: "invitation", max: 20, windowMinutes: 24 * 60 },
    perAddress: { name: "invitation", max: 30, windowMinutes: 60 },
  },
  /** Wrong current passwords (change password, change email, delete account). */
  currentPassword: {
    perAccount: { name: "current-password", max: 5, windowMinutes: 15 },
    perAddress: { name: "current-password", max: 10, windowMinutes: 15 },
  },
  /** Wrong two-step codes (sign-in, turning it off, new recovery codes), per user and per client. */
  twoStepCode: {
    perAccount: { name: "two-step-code", max: 5, windowMinutes: 15 },
    perAddress: { name: "two-step-code", max: 20, windowMinutes: 15 },
  },
  /** Email changes asked for (each sends a link), per user and per client. */
  emailChange: {
    perAccount: { name: "email-change", max: 5, windowMinutes: 60 },
    perAddress: { name: "email-change", max: 20, windowMinutes: 60 },
  },
  /**
   * Links to start an application, per email address typed and per client (a
   * school or library shares one address): issue 12, decision 017.
   */
  applyLink: {
    perAccount: { name: "apply-link", max: 3, windowMinutes: 60 },
    perAddress: { name: "apply-link", max: 20, windowMinutes: 60 },
  },
  /** Links back to "your applications", per email address typed and per client. */
  applicationReturn: {
    perAccount: { name: "application-return", max: 3, windowMinutes: 60 },
    perAddress: { name: "application-return", max: 20, windowMinutes: 60 },
  },
  /** Saved searches by email (each sends a link to confirm), per address typed and per client. */
  searchAlertByEmail: {
    perAccount: { name: "search-alert-email", max: 3, windowMinutes: 60 },
    perAddress: { name: "search-alert-email", max: 20, windowMinutes: 60 },
  },
} as const satisfies Record<string, LimitPair>;

export function limitKey(limit: Limit, subject: Subject) {
  return "account" in subject
    ? `${limit.name}:account:${subject.account.trim().toLowerCase()}`
    : `${limit.name}:address:${subject.address}`;
}

const windowStart = (limit: Limit, now: Date) =>
  new Date(now.getTime() - limit.windowMinutes * 60_000);

export type LimitState = { limited: false } | { limited: true; minutes: number };

type Db = Pick<typeof prisma, "rateLimitHit">;

/** Minutes until `subject` may try once more under `limit`; 0 when it may now. */
async function minutesUntilFree(db: Db, limit: Limit, subject: Subject, now: Date) {
  const hits = await db.rateLimitHit.findMany({
    where: { key: limitKey(limit, subject), createdAt: { gt: windowStart(limit, now) } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
    take: limit.max,
  });
  if (hits.length < limit.max) return 0;
  // One more is allowed when the oldest of the last `max` hits leaves the window.
  const liftsAt = hits[hits.length - 1]!.createdAt.getTime() + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((liftsAt - now.getTime()) / 60_000));
}

async function longestWait(db: Db, checks: [Limit, Subject][], now: Date): Promise<LimitState> {
  let minutes = 0;
  for (const [limit, subject] of checks) {
    minutes = Math.max(minutes, await minutesUntilFree(db, limit, subject, now));
  }
  return minutes > 0 ? { limited: true, minutes } : { limited: false };
}

/** Count one hit against each of these. */
export async function recordHit(checks: [Limit, Subject][], now = new Date(), db: Db = prisma) {
  await db.rateLimitHit.createMany({
    data: checks.map(([limit, subject]) => ({ key: limitKey(limit, subject), createdAt: now })),
  });
}

/**
 * For actions limited on their failures (wrong passwords): the longest wait
 * of any of these limits that is reached. The caller records a hit on failure.
 */
export function checkLimits(checks: [Limit, Subject][], now = new Date()): Promise<LimitState> {
  return longestWait(prisma, checks, now);
}

/**
 * For actions limited on every try (emails sent): if none of the limits is
 * reached, count this try against all of them and go on. The check and the
 * count are one IMMEDIATE transaction (decision 015), so two processes
 * cannot both take the last place.
 */
export function takeLimits(checks: [Limit, Subject][], now = new Date()): Promise<LimitState> {
  return prisma.$transaction(async (tx) => {
    const state = await longestWait(tx, checks, now);
    if (!state.limited) await recordHit(checks, now, tx);
    return state;
  });
}

/** Both halves of a pair, for one account and one client address. */
export function pairFor(pair: LimitPair, account: string, address: string): [Limit, Subject][] {
  return [
    [pair.perAccount, { account }],
    [pair.perAddress, { address }],
  ];
}

/** Forget the account's wrong tries (after a right password or a reset). */
export async function clearAccountHits(limit: Limit, account: string) {
  await prisma.rateLimitHit.deleteMany({ where: { key: limitKey(limit, { account }) } });
}

const LONGEST_WINDOW_MINUTES = Math.max(
  ...Object.values(limits).flatMap((pair) => [
    pair.perAccount.windowMinutes,
    pair.perAddress.windowMinutes,
  ]),
);

/** Housekeeping: hits older than every window count for nothing. */
export async function deleteOldLimitHits(now = new Date(), windowMinutes = LONGEST_WINDOW_MINUTES) {
  const { count } = await prisma.rateLimitHit.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - windowMinutes * 60_000) } },
  });
  return count;
}

export function limitMessage(what: string, minutes: number) {
  return `There have been too many ${what}. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"} and try again.`;
}

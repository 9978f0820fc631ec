import type { Role } from "./roles";

/**
 * How long a session lasts (decision 022, ASVS 7.3). Idle: ends when unused
 * this long. Absolute: ends this long after signing in, however busy. Staff
 * see a whole region's data, so theirs are much shorter.
 */
export const sessionLifetimes = {
  member: { idleMinutes: 7 * 24 * 60, absoluteHours: 30 * 24 },
  staff: { idleMinutes: 60, absoluteHours: 12 },
} as const;

export function sessionLifetimeFor(role: Role) {
  return role === "staff" ? sessionLifetimes.staff : sessionLifetimes.member;
}

/** Has a session with these times ended, for someone with this role? */
export function sessionHasEnded(
  role: Role,
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
): boolean {
  const lifetime = sessionLifetimeFor(role);
  return (
    now.getTime() - session.lastSeenAt.getTime() > lifetime.idleMinutes * 60_000 ||
    now.getTime() - session.createdAt.getTime() > lifetime.absoluteHours * 3_600_000
  );
}

/** Last seen is written at most this often, so a busy page does not write on every request. */
export const LAST_SEEN_EVERY_MS = 60_000;

import { prisma } from "~/db.server";
import { logger } from "~/logger.server";
import { pageWindow } from "~/components/pagination";
import type { SecurityEventName } from "./events";

type Details = Record<string, string | number | boolean | null>;

/**
 * One security event: a structured log line, and, when it is about a known
 * account, a row staff and the person can read. Never pass a token, password,
 * code, cookie or email address in `details` (the logger removes some, not all).
 */
export async function securityEvent(
  event: SecurityEventName,
  userId: string | null,
  details: Details = {},
  level: "info" | "warn" = "info",
) {
  logger[level]({ event, userId, ...details });
  if (userId) {
    await prisma.securityEvent.create({ data: { userId, event }, select: { id: true } });
  }
}

export const SECURITY_PAGE_SIZE = 50;

export type SecurityEventFilters = { event?: SecurityEventName; staffOnly?: boolean };

/** One page of events, newest first, with whose they are; a page past the end shows the last. */
export async function listSecurityEvents(filters: SecurityEventFilters, requestedPage: number) {
  const where = {
    ...(filters.event ? { event: filters.event } : {}),
    ...(filters.staffOnly ? { user: { role: "staff" as const } } : {}),
  };
  const { page, pageCount, total, skip, take } = pageWindow(
    await prisma.securityEvent.count({ where }),
    requestedPage,
    SECURITY_PAGE_SIZE,
  );
  const rows = await prisma.securityEvent.findMany({
    where,
    select: {
      id: true,
      event: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, role: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
  });
  return { rows, page, pageCount, total };
}

/** A person's own latest events, for their account page. */
export function recentSecurityEventsOf(userId: string, take = 10) {
  return prisma.securityEvent.findMany({
    where: { userId },
    select: { id: true, event: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** Housekeeping: events are kept a year. */
export async function deleteOldSecurityEvents(now = new Date()) {
  const { count } = await prisma.securityEvent.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 365 * 24 * 3_600_000) } },
  });
  return count;
}

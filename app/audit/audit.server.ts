import crypto from "node:crypto";
import { pageWindow } from "~/components/pagination";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { auditActionLabel, type AuditAction } from "./actions";
import { auditRowHash, chainHead } from "./chain.server";

// The append-only audit trail of staff actions and of every change to who can
// do what. Triggers in the migrations refuse UPDATE, DELETE and INSERT OR
// REPLACE, and each row is chained to the one before by its hash (decision 020).

export type AuditActor = { id: string; email: string };

export type AuditInput = {
  action: AuditAction;
  targetType: string;
  targetId: string;
  targetLabel?: string | null;
  reason?: string | null;
};

type Writer = Pick<typeof prisma, "auditEvent">;

/**
 * Write one audit event on the end of the hash chain (chain.server.ts). Pass
 * `tx` to write it in the same transaction as the change it records: every
 * interactive transaction begins IMMEDIATE (decision 015), so two writers
 * never read the same chain head. Without `tx` it takes a transaction of its own.
 */
export async function recordAudit(actor: AuditActor, input: AuditInput, tx: Writer = prisma) {
  if (tx === prisma) {
    await prisma.$transaction((own) => appendAudit(actor, input, own));
    return;
  }
  await appendAudit(actor, input, tx);
}

async function appendAudit(actor: AuditActor, input: AuditInput, tx: Writer) {
  const head = await chainHead(tx);
  const row = {
    id: crypto.randomUUID(),
    seq: head.seq + 1,
    actorId: actor.id,
    actorEmail: actor.email,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    targetLabel: input.targetLabel ?? null,
    reason: input.reason ?? null,
    createdAt: new Date(),
  };
  await tx.auditEvent.create({
    data: { ...row, prevHash: head.hash, hash: auditRowHash(row, head.hash) },
    select: { id: true },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  action?: string;
  /** Part of the email address of who did it. */
  who?: string;
  /** The record: its id exactly, or part of its name as the trail wrote it. */
  record?: string;
  from?: Date;
  to?: Date;
};

function whereFor(filters: AuditFilters): Prisma.AuditEventWhereInput {
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.who ? { actorEmail: { contains: filters.who.toLowerCase() } } : {}),
    ...(filters.record
      ? { OR: [{ targetId: filters.record }, { targetLabel: { contains: filters.record } }] }
      : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: filters.from } : {}),
            ...(filters.to ? { lt: filters.to } : {}),
          },
        }
      : {}),
  };
}

const eventSelect = {
  id: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  reason: true,
  createdAt: true,
} as const;

/** One page of events, newest first; a page past the end shows the last page. Served by the (action, createdAt) and (createdAt) indexes. */
export async function listAuditEvents(filters: AuditFilters, requestedPage: number) {
  const where = whereFor(filters);
  const { page, pageCount, total, skip, take } = pageWindow(
    await prisma.auditEvent.count({ where }),
    requestedPage,
    AUDIT_PAGE_SIZE,
  );
  const events = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: eventSelect,
  });
  return { total, events, page, pageCount };
}

/** A CSV download holds at most this many rows; the file says when there were more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** Every event that matches, newest first, up to `limit`, with the full count. */
export async function auditEventsToExport(filters: AuditFilters, limit = AUDIT_EXPORT_LIMIT) {
  const where = whereFor(filters);
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: eventSelect,
    }),
  ]);
  return { total, events };
}

/** The actions that appear in the trail, for the filter. */
export async function auditActionsInUse() {
  // DISTINCT in SQL reads the (action, createdAt) index; Prisma's `distinct` would load every row.
  const rows = await prisma.$queryRaw<
    { action: string }[]
  >`SELECT DISTINCT "action" FROM "AuditEvent" ORDER BY "action"`;
  return rows.map((row) => row.action);
}

/** The latest staff actions on one record, newest first, for its staff page. */
export async function historyOf(targetType: string, targetId: string) {
  const events = await prisma.auditEvent.findMany({
    where: { targetType, targetId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, action: true, actorEmail: true, reason: true, createdAt: true },
  });
  return events.map((event) => ({ ...event, label: auditActionLabel(event.action) }));
}

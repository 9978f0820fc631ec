import crypto from "node:crypto";
import { prisma } from "~/db.server";

// The audit trail is a hash chain (docs/decisions/020-audit-chain.md): each row
// stores its place (seq), the previous row's hash, and a SHA-256 of its own
// content with that hash. Triggers in the migration refuse every rewrite;
// the chain shows whether anyone got round them (with the file itself, say).

export const FIRST_PREV_HASH = "0".repeat(64);
const UNSEALED = "unsealed:";

type Tx = Pick<typeof prisma, "auditEvent">;

export type ChainedContent = {
  id: string;
  seq: number;
  actorId: string;
  actorEmail: string;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string | null;
  reason: string | null;
  createdAt: Date;
};

/** The hash of one row: every field that says what happened, in a fixed order, and the hash before it. */
export function auditRowHash(row: ChainedContent, prevHash: string) {
  const content = JSON.stringify([
    row.seq,
    row.id,
    row.actorId,
    row.actorEmail,
    row.action,
    row.targetType,
    row.targetId,
    row.targetLabel,
    row.reason,
    row.createdAt.toISOString(),
    prevHash,
  ]);
  return crypto.createHash("sha256").update(content).digest("hex");
}

const chainSelect = {
  id: true,
  seq: true,
  actorId: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  reason: true,
  createdAt: true,
  prevHash: true,
  hash: true,
} as const;

/**
 * The end of the chain, for the next row. Rows copied in by the chain's
 * migration are sealed first (their hashes worked out in order), so a new row
 * never links to a placeholder. Call inside an IMMEDIATE transaction.
 */
export async function chainHead(tx: Tx): Promise<{ seq: number; hash: string }> {
  const last = await tx.auditEvent.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  if (!last) return { seq: 0, hash: FIRST_PREV_HASH };
  if (!last.hash.startsWith(UNSEALED)) return last;
  return sealUnsealedRows(tx);
}

/** Seal the rows the migration copied in; the one update the triggers allow. */
export async function sealUnsealedRows(tx: Tx) {
  const rows = await tx.auditEvent.findMany({ orderBy: { seq: "asc" }, select: chainSelect });
  let prevHash = FIRST_PREV_HASH;
  let seq = 0;
  for (const row of rows) {
    if (row.hash.startsWith(UNSEALED)) {
      const hash = auditRowHash(row, prevHash);
      await tx.auditEvent.update({ where: { id: row.id }, data: { prevHash, hash } });
      prevHash = hash;
    } else {
      prevHash = row.hash;
    }
    seq = row.seq;
  }
  return { seq, hash: prevHash };
}

export type ChainCheck =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; seq: number; id: string; problem: string };

const BATCH = 1000;

/** Check every row in order: its place, its link to the row before, and its own hash. */
export async function verifyAuditChain(db: Tx = prisma): Promise<ChainCheck> {
  let prevHash = FIRST_PREV_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
      select: chainSelect,
    });
    for (const row of rows) {
      const broken = (problem: string) => ({
        ok: false as const,
        count,
        seq: row.seq,
        id: row.id,
        problem,
      });
      if (row.seq !== expectedSeq) {
        return broken(
          `rows ${expectedSeq} to ${row.seq - 1} are missing: the chain jumps from ${expectedSeq - 1} to ${row.seq}`,
        );
      }
      if (row.hash.startsWith(UNSEALED))
        return broken("it was never sealed (run npm run db:setup, which seals it)");
      if (row.prevHash !== prevHash)
        return broken("it does not point to the row before it (a row before it was replaced)");
      if (auditRowHash(row, prevHash) !== row.hash)
        return broken("its content does not match its hash (it was changed after it was written)");
      prevHash = row.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < BATCH) return { ok: true, count, head: prevHash };
  }
}

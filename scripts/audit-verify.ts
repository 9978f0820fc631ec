// `npm run audit:verify`: check the whole audit chain (docs/decisions/020-audit-chain.md).
// Exits 1 and names the first broken row if any row was changed, replaced or removed.
import { verifyAuditChain } from "../app/audit/chain.server";
import { disconnectDb } from "../app/db.server";

const check = await verifyAuditChain();
await disconnectDb();
if (check.ok) {
  console.info(`The audit trail checks out: ${check.count} rows, all in order.`);
  // Keep this somewhere else (the backup log, say): a chain cut short at the end
  // still checks out, but its last hash would no longer be this one.
  console.info(`Last hash: ${check.head}`);
} else {
  console.error(
    `The audit trail is broken at row ${check.seq} (id ${check.id}): ${check.problem}. ` +
      `The ${check.count} rows before it check out.`,
  );
  process.exitCode = 1;
}

// Child process for app/audit/chain.server.test.ts: appends audit rows through
// the app's own writer, as a second server process would, beside other writers.
// Usage: node --import tsx tests/audit-writer.ts <name> <rows>
import { recordAudit } from "../app/audit/audit.server";
import { configureDb, disconnectDb } from "../app/db.server";

const [name = "writer", rows = "10"] = process.argv.slice(2);
await configureDb();
for (let i = 0; i < Number(rows); i++) {
  await recordAudit(
    { id: name, email: `${name}@test.example` },
    { action: "user.suspend", targetType: "user", targetId: `${name}-${i}` },
  );
}
await disconnectDb();

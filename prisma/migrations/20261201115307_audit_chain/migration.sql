-- The audit trail becomes a hash chain (docs/decisions/020-audit-chain.md).
-- Each row keeps its place (seq), the hash of the row before it (prevHash) and
-- a hash of its own content with that (hash), written by app/audit/chain.server.ts.
-- Rows written before this migration cannot be hashed in SQL: they are copied
-- in their order with an "unsealed:" hash, and `npm run db:setup` seals them
-- once (the only update the triggers below allow).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);
INSERT INTO "new_AuditEvent" ("action", "actorEmail", "actorId", "createdAt", "id", "reason", "targetId", "targetLabel", "targetType", "seq", "prevHash", "hash")
SELECT "action", "actorEmail", "actorId", "createdAt", "id", "reason", "targetId", "targetLabel", "targetType",
       ROW_NUMBER() OVER (ORDER BY "createdAt", "id"), '', 'unsealed:' || "id"
FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Nobody can change or delete a row. The one update allowed is sealing a row
-- copied above: its hashes go from "unsealed:" to real ones, nothing else moves.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
WHEN NOT (
  OLD."hash" LIKE 'unsealed:%' AND NEW."hash" NOT LIKE 'unsealed:%'
  AND NEW."id" IS OLD."id" AND NEW."seq" IS OLD."seq"
  AND NEW."actorId" IS OLD."actorId" AND NEW."actorEmail" IS OLD."actorEmail"
  AND NEW."action" IS OLD."action" AND NEW."targetType" IS OLD."targetType"
  AND NEW."targetId" IS OLD."targetId" AND NEW."targetLabel" IS OLD."targetLabel"
  AND NEW."reason" IS OLD."reason" AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
-- A new row goes on the end of the chain and nowhere else.
CREATE TRIGGER "AuditEvent_append_to_chain" BEFORE INSERT ON "AuditEvent"
WHEN NEW."hash" LIKE 'unsealed:%'
  OR NEW."seq" IS NOT (SELECT COALESCE(MAX("seq"), 0) + 1 FROM "AuditEvent")
  OR NEW."prevHash" IS NOT COALESCE(
    (SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1),
    '0000000000000000000000000000000000000000000000000000000000000000'
  )
BEGIN
  SELECT RAISE(ABORT, 'An audit row must follow the last one in the chain');
END;
-- (SQLite runs the newest trigger first: this one answers a clash.)
-- INSERT OR REPLACE (and REPLACE INTO) deletes the row it clashes with without
-- firing the delete trigger, so an insert that clashes with any row is refused
-- before SQLite gets that far.
CREATE TRIGGER "AuditEvent_no_replace" BEFORE INSERT ON "AuditEvent"
WHEN EXISTS (
  SELECT 1 FROM "AuditEvent"
  WHERE "id" = NEW."id" OR "seq" = NEW."seq" OR "hash" = NEW."hash" OR rowid = NEW.rowid
)
BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;

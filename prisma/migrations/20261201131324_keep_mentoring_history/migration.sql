-- Deleting one side of a mentoring relationship keeps the other side's record:
-- mentorId and smeOrgId become nullable and SET NULL instead of CASCADE
-- (app/mentoring/departure.server.ts ends open relationships first).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MentoringRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentorId" TEXT,
    "smeOrgId" TEXT,
    "requestedById" TEXT,
    "goals" TEXT NOT NULL,
    "preferredFormat" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "declineReason" TEXT,
    "endReason" TEXT,
    "endedById" TEXT,
    "baselineCheckId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME,
    "endedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentoringRequest_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MentoringRequest_smeOrgId_fkey" FOREIGN KEY ("smeOrgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MentoringRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MentoringRequest" ("answeredAt", "baselineCheckId", "createdAt", "declineReason", "endReason", "endedAt", "endedById", "goals", "id", "mentorId", "preferredFormat", "requestedById", "smeOrgId", "state", "updatedAt") SELECT "answeredAt", "baselineCheckId", "createdAt", "declineReason", "endReason", "endedAt", "endedById", "goals", "id", "mentorId", "preferredFormat", "requestedById", "smeOrgId", "state", "updatedAt" FROM "MentoringRequest";
DROP TABLE "MentoringRequest";
ALTER TABLE "new_MentoringRequest" RENAME TO "MentoringRequest";
CREATE INDEX "MentoringRequest_mentorId_state_idx" ON "MentoringRequest"("mentorId", "state");
CREATE INDEX "MentoringRequest_smeOrgId_state_idx" ON "MentoringRequest"("smeOrgId", "state");
CREATE INDEX "MentoringRequest_state_createdAt_idx" ON "MentoringRequest"("state", "createdAt");
CREATE INDEX "MentoringRequest_requestedById_idx" ON "MentoringRequest"("requestedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The rebuild dropped the table's triggers (from 20261122120829_data_versions): write them again.
CREATE TRIGGER "MentoringRequest_matching_ai" AFTER INSERT ON "MentoringRequest"
  WHEN NEW."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentoringRequest_matching_au" AFTER UPDATE OF "state", "mentorId" ON "MentoringRequest"
  WHEN OLD."state" = 'accepted' OR NEW."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentoringRequest_matching_ad" AFTER DELETE ON "MentoringRequest"
  WHEN OLD."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;

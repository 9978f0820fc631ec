-- AlterTable
ALTER TABLE "Token" ADD COLUMN "searchAlertId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "organisationId" TEXT,
    "email" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "lastSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SearchAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SearchAlert" ("createdAt", "id", "kind", "name", "organisationId", "query", "userId") SELECT "createdAt", "id", "kind", "name", "organisationId", "query", "userId" FROM "SearchAlert";
DROP TABLE "SearchAlert";
ALTER TABLE "new_SearchAlert" RENAME TO "SearchAlert";
CREATE INDEX "SearchAlert_userId_createdAt_idx" ON "SearchAlert"("userId", "createdAt");
CREATE INDEX "SearchAlert_email_idx" ON "SearchAlert"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Token_searchAlertId_idx" ON "Token"("searchAlertId");

-- Searches saved before this were a signed-in person's, live from the start.
UPDATE "SearchAlert" SET "confirmedAt" = "createdAt" WHERE "confirmedAt" IS NULL;

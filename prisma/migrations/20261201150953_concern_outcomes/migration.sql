-- CreateTable
CREATE TABLE "PlacementConcernNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "concernId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementConcernNote_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "PlacementConcern" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementConcernNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlacementConcern" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "raisedById" TEXT,
    "side" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "outcome" TEXT,
    "outcomeNote" TEXT,
    "replyToRaiser" TEXT,
    CONSTRAINT "PlacementConcern_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PlacementRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementConcern_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PlacementConcern_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PlacementConcern" ("closedAt", "closedById", "createdAt", "details", "id", "raisedById", "requestId", "side") SELECT "closedAt", "closedById", "createdAt", "details", "id", "raisedById", "requestId", "side" FROM "PlacementConcern";
DROP TABLE "PlacementConcern";
ALTER TABLE "new_PlacementConcern" RENAME TO "PlacementConcern";
CREATE INDEX "PlacementConcern_closedAt_createdAt_idx" ON "PlacementConcern"("closedAt", "createdAt");
CREATE INDEX "PlacementConcern_requestId_idx" ON "PlacementConcern"("requestId");
CREATE INDEX "PlacementConcern_raisedById_idx" ON "PlacementConcern"("raisedById");
CREATE INDEX "PlacementConcern_closedById_idx" ON "PlacementConcern"("closedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PlacementConcernNote_concernId_createdAt_idx" ON "PlacementConcernNote"("concernId", "createdAt");

-- CreateIndex
CREATE INDEX "PlacementConcernNote_authorId_idx" ON "PlacementConcernNote"("authorId");

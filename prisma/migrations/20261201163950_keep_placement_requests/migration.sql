-- Deleting a school keeps the employer's record of its placement requests: schoolOrgId becomes
-- nullable and SET NULL instead of CASCADE (app/opportunities/departure.server.ts withdraws open ones first).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlacementRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "schoolOrgId" TEXT,
    "requestedById" TEXT,
    "places" INTEGER NOT NULL,
    "yearGroup" TEXT NOT NULL,
    "accessNeeds" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'new',
    "placesAccepted" INTEGER NOT NULL DEFAULT 0,
    "declineReason" TEXT,
    "viewedAt" DATETIME,
    "answeredAt" DATETIME,
    "withdrawnAt" DATETIME,
    "schoolAttended" INTEGER,
    "schoolFeedback" TEXT,
    "employerAttended" INTEGER,
    "employerFeedback" TEXT,
    "wouldHostAgain" BOOLEAN,
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "schoolEmailedAt" DATETIME,
    "employerEmailedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlacementRequest_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementRequest_schoolOrgId_fkey" FOREIGN KEY ("schoolOrgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PlacementRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PlacementRequest" ("accessNeeds", "answeredAt", "contactPhone", "createdAt", "declineReason", "employerAttended", "employerEmailedAt", "employerFeedback", "id", "note", "placementId", "places", "placesAccepted", "requestedById", "schoolAttended", "schoolEmailedAt", "schoolFeedback", "schoolOrgId", "state", "updatedAt", "viewedAt", "withdrawnAt", "wouldHostAgain", "yearGroup") SELECT "accessNeeds", "answeredAt", "contactPhone", "createdAt", "declineReason", "employerAttended", "employerEmailedAt", "employerFeedback", "id", "note", "placementId", "places", "placesAccepted", "requestedById", "schoolAttended", "schoolEmailedAt", "schoolFeedback", "schoolOrgId", "state", "updatedAt", "viewedAt", "withdrawnAt", "wouldHostAgain", "yearGroup" FROM "PlacementRequest";
DROP TABLE "PlacementRequest";
ALTER TABLE "new_PlacementRequest" RENAME TO "PlacementRequest";
CREATE INDEX "PlacementRequest_placementId_state_idx" ON "PlacementRequest"("placementId", "state");
CREATE INDEX "PlacementRequest_schoolOrgId_state_idx" ON "PlacementRequest"("schoolOrgId", "state");
CREATE INDEX "PlacementRequest_requestedById_idx" ON "PlacementRequest"("requestedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

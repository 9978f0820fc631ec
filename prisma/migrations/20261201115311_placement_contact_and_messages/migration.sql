-- CreateTable
CREATE TABLE "PlacementMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "side" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PlacementRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementConcern" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "raisedById" TEXT,
    "side" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    CONSTRAINT "PlacementConcern_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PlacementRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementConcern_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- New columns are added in place (no table rebuild), so the search triggers
-- on "Placement" stay as they are.
ALTER TABLE "Placement" ADD COLUMN "staffCount" INTEGER;
ALTER TABLE "Placement" ADD COLUMN "contactIsSupervisor" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Placement" ADD COLUMN "contactName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Placement" ADD COLUMN "contactRole" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Placement" ADD COLUMN "contactEmail" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Placement" ADD COLUMN "contactPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Placement" ADD COLUMN "workplaceAddress" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Placement" ADD COLUMN "firstDayDetails" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PlacementRequest" ADD COLUMN "contactPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "PlacementRequest" ADD COLUMN "schoolEmailedAt" DATETIME;
ALTER TABLE "PlacementRequest" ADD COLUMN "employerEmailedAt" DATETIME;

-- CreateIndex
CREATE INDEX "PlacementMessage_requestId_createdAt_idx" ON "PlacementMessage"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "PlacementMessage_authorId_idx" ON "PlacementMessage"("authorId");

-- CreateIndex
CREATE INDEX "PlacementConcern_closedAt_createdAt_idx" ON "PlacementConcern"("closedAt", "createdAt");

-- CreateIndex
CREATE INDEX "PlacementConcern_requestId_idx" ON "PlacementConcern"("requestId");

-- CreateIndex
CREATE INDEX "PlacementConcern_raisedById_idx" ON "PlacementConcern"("raisedById");

-- CreateTable
CREATE TABLE "ApplicationReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "raisedById" TEXT,
    "details" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "outcome" TEXT,
    "outcomeNote" TEXT,
    CONSTRAINT "ApplicationReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationReport_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApplicationReport_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ApplicationReport_closedAt_createdAt_idx" ON "ApplicationReport"("closedAt", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationReport_applicationId_idx" ON "ApplicationReport"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationReport_raisedById_idx" ON "ApplicationReport"("raisedById");

-- CreateIndex
CREATE INDEX "ApplicationReport_closedById_idx" ON "ApplicationReport"("closedById");

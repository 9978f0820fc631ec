-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "checkId" TEXT,
    "dimension" TEXT,
    "title" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'todo',
    "completedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "ReadinessCheck" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ActionItem_organisationId_status_dueOn_idx" ON "ActionItem"("organisationId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionItem_checkId_idx" ON "ActionItem"("checkId");

-- CreateIndex
CREATE INDEX "ActionItem_createdById_idx" ON "ActionItem"("createdById");

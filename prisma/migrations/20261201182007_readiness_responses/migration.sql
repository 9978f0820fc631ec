-- CreateTable
CREATE TABLE "ReadinessResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "askedAt" DATETIME,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReadinessResponse_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "ReadinessCheck" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadinessResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReadinessResponse_userId_idx" ON "ReadinessResponse"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessResponse_checkId_userId_key" ON "ReadinessResponse"("checkId", "userId");

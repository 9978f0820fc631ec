-- CreateTable
CREATE TABLE "SignUpDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SignUpDraft_expiresAt_idx" ON "SignUpDraft"("expiresAt");

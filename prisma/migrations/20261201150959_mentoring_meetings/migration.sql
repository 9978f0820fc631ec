-- CreateTable
CREATE TABLE "MentoringMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "relationshipId" TEXT NOT NULL,
    "proposedById" TEXT,
    "proposedBySide" TEXT NOT NULL,
    "smeUserId" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "location" TEXT,
    "joinUrl" TEXT,
    "state" TEXT NOT NULL DEFAULT 'proposed',
    "declineReason" TEXT,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentoringMeeting_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "MentoringRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringMeeting_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "MentoringMeeting_smeUserId_fkey" FOREIGN KEY ("smeUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MentoringMeeting_relationshipId_startsAt_idx" ON "MentoringMeeting"("relationshipId", "startsAt");

-- CreateIndex
CREATE INDEX "MentoringMeeting_state_startsAt_idx" ON "MentoringMeeting"("state", "startsAt");

-- CreateIndex
CREATE INDEX "MentoringMeeting_proposedById_idx" ON "MentoringMeeting"("proposedById");

-- CreateIndex
CREATE INDEX "MentoringMeeting_smeUserId_idx" ON "MentoringMeeting"("smeUserId");

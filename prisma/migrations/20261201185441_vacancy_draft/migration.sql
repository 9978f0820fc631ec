-- CreateTable
CREATE TABLE "VacancyDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "apprenticeshipId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VacancyDraft_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "VacancyDraft_organisationId_idx" ON "VacancyDraft"("organisationId");

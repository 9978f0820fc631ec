-- AlterTable
ALTER TABLE "Apprenticeship" ADD COLUMN "applicationsClosedAt" DATETIME;
ALTER TABLE "Apprenticeship" ADD COLUMN "question1" TEXT;
ALTER TABLE "Apprenticeship" ADD COLUMN "question2" TEXT;
ALTER TABLE "Apprenticeship" ADD COLUMN "question3" TEXT;

-- AlterTable
ALTER TABLE "Token" ADD COLUMN "applicationId" TEXT;

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apprenticeshipId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "name" TEXT,
    "phone" TEXT,
    "localAuthority" TEXT,
    "outcode" TEXT,
    "currentActivity" TEXT,
    "qualifications" TEXT NOT NULL DEFAULT '[]',
    "noQualifications" BOOLEAN NOT NULL DEFAULT false,
    "whyThis" TEXT,
    "answer1" TEXT,
    "answer2" TEXT,
    "answer3" TEXT,
    "adjustments" TEXT,
    "guaranteedInterview" BOOLEAN NOT NULL DEFAULT false,
    "feedback" TEXT,
    "emailConfirmedAt" DATETIME,
    "submittedAt" DATETIME,
    "stateChangedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_apprenticeshipId_fkey" FOREIGN KEY ("apprenticeshipId") REFERENCES "Apprenticeship" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Application_apprenticeshipId_state_submittedAt_idx" ON "Application"("apprenticeshipId", "state", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_email_idx" ON "Application"("email");

-- CreateIndex
CREATE INDEX "Application_state_createdAt_idx" ON "Application"("state", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_apprenticeshipId_email_key" ON "Application"("apprenticeshipId", "email");

-- CreateIndex
CREATE INDEX "Token_applicationId_idx" ON "Token"("applicationId");

-- An applicant's links go with the application, however it is deleted (by the
-- applicant, by retention, or with its vacancy). Token has no foreign key to
-- Application: adding one would rebuild the Token table.
CREATE TRIGGER "Application_tokens_ad" AFTER DELETE ON "Application" BEGIN
  DELETE FROM "Token" WHERE "applicationId" = OLD."id";
END;

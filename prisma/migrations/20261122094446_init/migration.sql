-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sector" TEXT,
    "sizeBand" TEXT,
    "localAuthority" TEXT,
    "postcode" TEXT,
    "schoolUrn" TEXT,
    "schoolPhase" TEXT,
    "verificationStatus" TEXT NOT NULL DEFAULT 'unverified',
    "verificationReason" TEXT,
    "verifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "emailConfirmedAt" DATETIME,
    "suspendedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Password" (
    "hash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "Password_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "organisationId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Token_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT,
    "message" TEXT NOT NULL,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReadinessCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "startedById" TEXT,
    "bankVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "isLatest" BOOLEAN NOT NULL DEFAULT false,
    "overall" INTEGER,
    "band" TEXT,
    "scoreStrategy" INTEGER,
    "scoreReadiness" INTEGER,
    "scoreWorkforce" INTEGER,
    "scoreData" INTEGER,
    "scoreAutomation" INTEGER,
    "scoreCyber" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    CONSTRAINT "ReadinessCheck_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReadinessCheck_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Apprenticeship" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "fullDescription" TEXT NOT NULL,
    "standard" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "route" TEXT NOT NULL,
    "positions" INTEGER NOT NULL,
    "weeklyHours" REAL NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "wageType" TEXT NOT NULL,
    "wageWeeklyPence" INTEGER,
    "startDate" DATETIME NOT NULL,
    "closingDate" DATETIME NOT NULL,
    "postcode" TEXT NOT NULL,
    "localAuthority" TEXT NOT NULL,
    "trainingProvider" TEXT NOT NULL,
    "skillsWanted" TEXT NOT NULL DEFAULT '',
    "qualificationsWanted" TEXT NOT NULL DEFAULT '',
    "applyMethod" TEXT NOT NULL,
    "applyUrl" TEXT,
    "disabilityConfident" BOOLEAN NOT NULL DEFAULT false,
    "changesReason" TEXT,
    "closedReason" TEXT,
    "firstPublishedAt" DATETIME,
    "submittedAt" DATETIME,
    "closedAt" DATETIME,
    "clonedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Apprenticeship_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "dateMode" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "daysAndHours" TEXT NOT NULL DEFAULT '',
    "yearGroups" TEXT NOT NULL,
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "places" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "postcode" TEXT,
    "localAuthority" TEXT,
    "supervisorName" TEXT NOT NULL DEFAULT '',
    "accessibility" TEXT NOT NULL DEFAULT '',
    "dressCode" TEXT NOT NULL DEFAULT '',
    "travelNotes" TEXT NOT NULL DEFAULT '',
    "insuranceConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "insurer" TEXT,
    "insuranceExpiry" DATETIME,
    "insuranceCoverPounds" INTEGER,
    "riskAssessmentReviewed" BOOLEAN NOT NULL DEFAULT false,
    "riskAssessmentWritten" TEXT,
    "dbsNeeded" TEXT,
    "safeguardingContactName" TEXT,
    "safeguardingContact" TEXT,
    "changesReason" TEXT,
    "closedReason" TEXT,
    "firstPublishedAt" DATETIME,
    "submittedAt" DATETIME,
    "closedAt" DATETIME,
    "clonedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Placement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostingReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "apprenticeshipId" TEXT,
    "placementId" TEXT,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "staffUserId" TEXT,
    "staffEmail" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostingReview_apprenticeshipId_fkey" FOREIGN KEY ("apprenticeshipId") REFERENCES "Apprenticeship" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostingReview_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlacementRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "schoolOrgId" TEXT NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlacementRequest_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementRequest_schoolOrgId_fkey" FOREIGN KEY ("schoolOrgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlacementRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentorProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "bio" TEXT NOT NULL,
    "expertise" TEXT NOT NULL,
    "edsAreas" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "localAuthority" TEXT,
    "takingRequests" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentoringRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentorId" TEXT NOT NULL,
    "smeOrgId" TEXT NOT NULL,
    "requestedById" TEXT,
    "goals" TEXT NOT NULL,
    "preferredFormat" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "declineReason" TEXT,
    "endReason" TEXT,
    "endedById" TEXT,
    "baselineCheckId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME,
    "endedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentoringRequest_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringRequest_smeOrgId_fkey" FOREIGN KEY ("smeOrgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentoringSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "relationshipId" TEXT NOT NULL,
    "loggedById" TEXT,
    "date" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "topics" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentoringSession_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "MentoringRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringSession_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentoringAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "MentoringAction_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MentoringSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentoringMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "relationshipId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentoringMessage_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "MentoringRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MentoringFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "relationshipId" TEXT NOT NULL,
    "authorId" TEXT,
    "side" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentoringFeedback_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "MentoringRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MentoringFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dimensions" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    "format" TEXT NOT NULL,
    "location" TEXT,
    "localAuthority" TEXT,
    "seats" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'published',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Offer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferBooking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL,
    "smeOrgId" TEXT NOT NULL,
    "bookedById" TEXT,
    "seats" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'booked',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    CONSTRAINT "OfferBooking_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferBooking_smeOrgId_fkey" FOREIGN KEY ("smeOrgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferBooking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Organisation_kind_verificationStatus_createdAt_idx" ON "Organisation"("kind", "verificationStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Organisation_kind_localAuthority_idx" ON "Organisation"("kind", "localAuthority");

-- CreateIndex
CREATE INDEX "Organisation_kind_sector_idx" ON "Organisation"("kind", "sector");

-- CreateIndex
CREATE INDEX "Organisation_kind_sizeBand_idx" ON "Organisation"("kind", "sizeBand");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_emailConfirmedAt_createdAt_idx" ON "User"("emailConfirmedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Password_userId_key" ON "Password"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Token_tokenHash_key" ON "Token"("tokenHash");

-- CreateIndex
CREATE INDEX "Token_userId_idx" ON "Token"("userId");

-- CreateIndex
CREATE INDEX "Token_organisationId_idx" ON "Token"("organisationId");

-- CreateIndex
CREATE INDEX "Token_expiresAt_idx" ON "Token"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInFailure_key_createdAt_idx" ON "SignInFailure"("key", "createdAt");

-- CreateIndex
CREATE INDEX "SignInFailure_createdAt_idx" ON "SignInFailure"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_createdAt_idx" ON "Notification"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_idx" ON "Notification"("userId");

-- CreateIndex
CREATE INDEX "ReadinessCheck_organisationId_status_submittedAt_idx" ON "ReadinessCheck"("organisationId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "ReadinessCheck_status_submittedAt_idx" ON "ReadinessCheck"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ReadinessCheck_isLatest_status_idx" ON "ReadinessCheck"("isLatest", "status");

-- CreateIndex
CREATE INDEX "ReadinessCheck_startedById_idx" ON "ReadinessCheck"("startedById");

-- CreateIndex
CREATE INDEX "Apprenticeship_state_closingDate_idx" ON "Apprenticeship"("state", "closingDate");

-- CreateIndex
CREATE INDEX "Apprenticeship_organisationId_state_idx" ON "Apprenticeship"("organisationId", "state");

-- CreateIndex
CREATE INDEX "Apprenticeship_state_localAuthority_idx" ON "Apprenticeship"("state", "localAuthority");

-- CreateIndex
CREATE INDEX "Apprenticeship_state_createdAt_idx" ON "Apprenticeship"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Placement_state_startDate_idx" ON "Placement"("state", "startDate");

-- CreateIndex
CREATE INDEX "Placement_organisationId_state_idx" ON "Placement"("organisationId", "state");

-- CreateIndex
CREATE INDEX "Placement_state_localAuthority_idx" ON "Placement"("state", "localAuthority");

-- CreateIndex
CREATE INDEX "Placement_state_sector_idx" ON "Placement"("state", "sector");

-- CreateIndex
CREATE INDEX "PostingReview_apprenticeshipId_idx" ON "PostingReview"("apprenticeshipId");

-- CreateIndex
CREATE INDEX "PostingReview_placementId_idx" ON "PostingReview"("placementId");

-- CreateIndex
CREATE INDEX "PlacementRequest_placementId_state_idx" ON "PlacementRequest"("placementId", "state");

-- CreateIndex
CREATE INDEX "PlacementRequest_schoolOrgId_state_idx" ON "PlacementRequest"("schoolOrgId", "state");

-- CreateIndex
CREATE INDEX "PlacementRequest_requestedById_idx" ON "PlacementRequest"("requestedById");

-- CreateIndex
CREATE UNIQUE INDEX "MentorProfile_userId_key" ON "MentorProfile"("userId");

-- CreateIndex
CREATE INDEX "MentorProfile_takingRequests_idx" ON "MentorProfile"("takingRequests");

-- CreateIndex
CREATE INDEX "MentoringRequest_mentorId_state_idx" ON "MentoringRequest"("mentorId", "state");

-- CreateIndex
CREATE INDEX "MentoringRequest_smeOrgId_state_idx" ON "MentoringRequest"("smeOrgId", "state");

-- CreateIndex
CREATE INDEX "MentoringRequest_state_createdAt_idx" ON "MentoringRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "MentoringRequest_requestedById_idx" ON "MentoringRequest"("requestedById");

-- CreateIndex
CREATE INDEX "MentoringSession_relationshipId_date_idx" ON "MentoringSession"("relationshipId", "date");

-- CreateIndex
CREATE INDEX "MentoringSession_loggedById_idx" ON "MentoringSession"("loggedById");

-- CreateIndex
CREATE INDEX "MentoringAction_sessionId_idx" ON "MentoringAction"("sessionId");

-- CreateIndex
CREATE INDEX "MentoringMessage_relationshipId_createdAt_idx" ON "MentoringMessage"("relationshipId", "createdAt");

-- CreateIndex
CREATE INDEX "MentoringMessage_authorId_idx" ON "MentoringMessage"("authorId");

-- CreateIndex
CREATE INDEX "MentoringFeedback_authorId_idx" ON "MentoringFeedback"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringFeedback_relationshipId_side_key" ON "MentoringFeedback"("relationshipId", "side");

-- CreateIndex
CREATE INDEX "Offer_state_startsAt_idx" ON "Offer"("state", "startsAt");

-- CreateIndex
CREATE INDEX "Offer_organisationId_idx" ON "Offer"("organisationId");

-- CreateIndex
CREATE INDEX "Offer_createdById_idx" ON "Offer"("createdById");

-- CreateIndex
CREATE INDEX "OfferBooking_offerId_state_idx" ON "OfferBooking"("offerId", "state");

-- CreateIndex
CREATE INDEX "OfferBooking_smeOrgId_state_idx" ON "OfferBooking"("smeOrgId", "state");

-- CreateIndex
CREATE INDEX "OfferBooking_bookedById_idx" ON "OfferBooking"("bookedById");

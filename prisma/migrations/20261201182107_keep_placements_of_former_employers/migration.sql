-- Deleting an employer keeps the schools' record of its placement requests:
-- Placement.organisationId becomes nullable and SET NULL instead of CASCADE
-- (app/opportunities/departure.server.ts closes the employer's placements and
-- clears its contact details first; pages call it "a former employer").
-- The rebuild keeps each row's rowid (the search index is keyed on it), and the
-- search triggers, which go with the old table, are made again as they were
-- (20261201161200_search_employer_name). The organisation-name trigger names
-- "Placement" in its body, so it is dropped across the rename and made again.
DROP TRIGGER IF EXISTS "Organisation_search_name_au";
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Placement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT,
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
    "staffCount" INTEGER,
    "contactIsSupervisor" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactRole" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "workplaceAddress" TEXT NOT NULL DEFAULT '',
    "firstDayDetails" TEXT NOT NULL DEFAULT '',
    "changesReason" TEXT,
    "closedReason" TEXT,
    "firstPublishedAt" DATETIME,
    "submittedAt" DATETIME,
    "closedAt" DATETIME,
    "clonedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Placement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Placement" ("rowid", "accessibility", "changesReason", "clonedFromId", "closedAt", "closedReason", "contactEmail", "contactIsSupervisor", "contactName", "contactPhone", "contactRole", "createdAt", "dateMode", "daysAndHours", "dbsNeeded", "description", "dressCode", "endDate", "firstDayDetails", "firstPublishedAt", "format", "id", "insuranceConfirmed", "insuranceCoverPounds", "insuranceExpiry", "insurer", "localAuthority", "maxAge", "minAge", "organisationId", "places", "postcode", "riskAssessmentReviewed", "riskAssessmentWritten", "safeguardingContact", "safeguardingContactName", "sector", "staffCount", "startDate", "state", "submittedAt", "supervisorName", "title", "travelNotes", "updatedAt", "workplaceAddress", "yearGroups") SELECT "rowid", "accessibility", "changesReason", "clonedFromId", "closedAt", "closedReason", "contactEmail", "contactIsSupervisor", "contactName", "contactPhone", "contactRole", "createdAt", "dateMode", "daysAndHours", "dbsNeeded", "description", "dressCode", "endDate", "firstDayDetails", "firstPublishedAt", "format", "id", "insuranceConfirmed", "insuranceCoverPounds", "insuranceExpiry", "insurer", "localAuthority", "maxAge", "minAge", "organisationId", "places", "postcode", "riskAssessmentReviewed", "riskAssessmentWritten", "safeguardingContact", "safeguardingContactName", "sector", "staffCount", "startDate", "state", "submittedAt", "supervisorName", "title", "travelNotes", "updatedAt", "workplaceAddress", "yearGroups" FROM "Placement";
DROP TABLE "Placement";
ALTER TABLE "new_Placement" RENAME TO "Placement";
CREATE INDEX "Placement_state_startDate_idx" ON "Placement"("state", "startDate");
CREATE INDEX "Placement_organisationId_state_idx" ON "Placement"("organisationId", "state");
CREATE INDEX "Placement_state_localAuthority_idx" ON "Placement"("state", "localAuthority");
CREATE INDEX "Placement_state_sector_idx" ON "Placement"("state", "sector");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

CREATE TRIGGER "Placement_search_ai" AFTER INSERT ON "Placement" BEGIN
  INSERT INTO "PlacementSearch"(rowid, title, description, daysAndHours, accessibility, travelNotes, employerName)
  VALUES (new.rowid, new.title, new.description, new.daysAndHours, new.accessibility, new.travelNotes,
    (SELECT name FROM "Organisation" WHERE id = new.organisationId));
END;
CREATE TRIGGER "Placement_search_ad" AFTER DELETE ON "Placement" BEGIN
  DELETE FROM "PlacementSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "Placement_search_au" AFTER UPDATE OF title, description, daysAndHours, accessibility, travelNotes, organisationId ON "Placement" BEGIN
  DELETE FROM "PlacementSearch" WHERE rowid = old.rowid;
  INSERT INTO "PlacementSearch"(rowid, title, description, daysAndHours, accessibility, travelNotes, employerName)
  VALUES (new.rowid, new.title, new.description, new.daysAndHours, new.accessibility, new.travelNotes,
    (SELECT name FROM "Organisation" WHERE id = new.organisationId));
END;
CREATE TRIGGER "Organisation_search_name_au" AFTER UPDATE OF name ON "Organisation" BEGIN
  UPDATE "ApprenticeshipSearch" SET employerName = new.name
    WHERE rowid IN (SELECT rowid FROM "Apprenticeship" WHERE organisationId = new.id);
  UPDATE "PlacementSearch" SET employerName = new.name
    WHERE rowid IN (SELECT rowid FROM "Placement" WHERE organisationId = new.id);
END;

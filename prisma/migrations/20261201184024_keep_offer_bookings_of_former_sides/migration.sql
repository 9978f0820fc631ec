-- Deleting one side of an upskilling offer keeps the other side's record:
-- Offer.organisationId (the board firm) and OfferBooking.smeOrgId (the firm
-- that booked) become nullable and SET NULL instead of CASCADE
-- (app/mentoring/departure.server.ts ends what is still to come first).
-- The rebuilt tables lose their triggers and the hand-written partial index,
-- so they are made again as they were (data_versions, enums_and_one_live_row).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Offer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT,
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
    "joinUrl" TEXT,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "seats" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'published',
    "removedReason" TEXT,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Offer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Offer" ("calendarSequence", "createdAt", "createdById", "description", "dimensions", "endsAt", "format", "id", "joinUrl", "kind", "localAuthority", "location", "organisationId", "removedAt", "removedReason", "schedule", "seats", "startsAt", "state", "title", "updatedAt") SELECT "calendarSequence", "createdAt", "createdById", "description", "dimensions", "endsAt", "format", "id", "joinUrl", "kind", "localAuthority", "location", "organisationId", "removedAt", "removedReason", "schedule", "seats", "startsAt", "state", "title", "updatedAt" FROM "Offer";
DROP TABLE "Offer";
ALTER TABLE "new_Offer" RENAME TO "Offer";
CREATE INDEX "Offer_state_startsAt_idx" ON "Offer"("state", "startsAt");
CREATE INDEX "Offer_organisationId_idx" ON "Offer"("organisationId");
CREATE INDEX "Offer_createdById_idx" ON "Offer"("createdById");
CREATE TABLE "new_OfferBooking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL,
    "smeOrgId" TEXT,
    "bookedById" TEXT,
    "seats" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'booked',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    CONSTRAINT "OfferBooking_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OfferBooking_smeOrgId_fkey" FOREIGN KEY ("smeOrgId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OfferBooking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OfferBooking" ("bookedById", "cancelledAt", "createdAt", "id", "offerId", "seats", "smeOrgId", "state") SELECT "bookedById", "cancelledAt", "createdAt", "id", "offerId", "seats", "smeOrgId", "state" FROM "OfferBooking";
DROP TABLE "OfferBooking";
ALTER TABLE "new_OfferBooking" RENAME TO "OfferBooking";
CREATE INDEX "OfferBooking_offerId_state_idx" ON "OfferBooking"("offerId", "state");
CREATE INDEX "OfferBooking_smeOrgId_state_idx" ON "OfferBooking"("smeOrgId", "state");
CREATE INDEX "OfferBooking_bookedById_idx" ON "OfferBooking"("bookedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
CREATE UNIQUE INDEX "OfferBooking_one_live_per_sme_and_offer"
  ON "OfferBooking" ("offerId", "smeOrgId") WHERE "state" = 'booked';
CREATE TRIGGER "Offer_matching_ai" AFTER INSERT ON "Offer" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "Offer_matching_au" AFTER UPDATE ON "Offer" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "Offer_matching_ad" AFTER DELETE ON "Offer" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "OfferBooking_matching_ai" AFTER INSERT ON "OfferBooking" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "OfferBooking_matching_au" AFTER UPDATE ON "OfferBooking" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "OfferBooking_matching_ad" AFTER DELETE ON "OfferBooking" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;

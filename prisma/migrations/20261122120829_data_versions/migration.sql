-- CreateTable
CREATE TABLE "DataVersion" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- Mentor and offer candidates for matching are kept in memory by each server
-- (app/mentoring/candidates.server.ts). Every change to the rows behind them
-- bumps this counter, so a server reloads them the moment they change, whoever
-- wrote (a page, a job, a script). Decision 008.
INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 0);

-- Mentor profiles, offers and bookings: any change.
CREATE TRIGGER "MentorProfile_matching_ai" AFTER INSERT ON "MentorProfile" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentorProfile_matching_au" AFTER UPDATE ON "MentorProfile" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentorProfile_matching_ad" AFTER DELETE ON "MentorProfile" BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
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

-- A mentor's active relationships: only requests that are or were accepted count.
CREATE TRIGGER "MentoringRequest_matching_ai" AFTER INSERT ON "MentoringRequest"
  WHEN NEW."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentoringRequest_matching_au" AFTER UPDATE OF "state", "mentorId" ON "MentoringRequest"
  WHEN OLD."state" = 'accepted' OR NEW."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "MentoringRequest_matching_ad" AFTER DELETE ON "MentoringRequest"
  WHEN OLD."state" = 'accepted' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;

-- Board members (a mentor's name, role, suspension) and board firms (name, place, verification).
CREATE TRIGGER "User_matching_au" AFTER UPDATE OF "name", "role", "suspendedAt", "organisationId" ON "User"
  WHEN OLD."role" = 'board' OR NEW."role" = 'board' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "User_matching_ad" AFTER DELETE ON "User"
  WHEN OLD."role" = 'board' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "Organisation_matching_au" AFTER UPDATE OF "name", "kind", "localAuthority", "verificationStatus" ON "Organisation"
  WHEN OLD."kind" = 'board' OR NEW."kind" = 'board' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;
CREATE TRIGGER "Organisation_matching_ad" AFTER DELETE ON "Organisation"
  WHEN OLD."kind" = 'board' BEGIN
  INSERT INTO "DataVersion" ("name", "version") VALUES ('matching', 1) ON CONFLICT ("name") DO UPDATE SET "version" = "version" + 1;
END;

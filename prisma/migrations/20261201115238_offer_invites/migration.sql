-- Offer invites: the joining link of an online offer and the SEQUENCE of its
-- calendar invites. Added with ALTER TABLE, not a table rebuild, so the
-- Offer_matching_* triggers (data_versions) stay in place.
ALTER TABLE "Offer" ADD COLUMN "joinUrl" TEXT;
ALTER TABLE "Offer" ADD COLUMN "calendarSequence" INTEGER NOT NULL DEFAULT 0;

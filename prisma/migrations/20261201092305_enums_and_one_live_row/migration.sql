-- The enums in schema.prisma need no SQL: on SQLite an enum column is TEXT, as
-- these columns already are, and their stored values do not change.
-- (`prisma migrate diff` from the previous schema to this one is empty.)

-- Rules the app keeps that the database now keeps too. Prisma cannot model a
-- partial index, so both are written here by hand and noted in schema.prisma
-- (docs/decisions/013-prisma-enums.md). Each repair first is a no-op on data that
-- already keeps the rule; it only matters for a database that somehow does not,
-- so that the index can be made rather than the deployment failing.

-- One latest check per organisation: the newest submitted one, as submitCheck
-- marks it.
UPDATE "ReadinessCheck" SET "isLatest" = false
WHERE "isLatest" AND "id" <> (
  SELECT r."id" FROM "ReadinessCheck" r
  WHERE r."organisationId" = "ReadinessCheck"."organisationId" AND r."isLatest"
  ORDER BY r."submittedAt" DESC, r."id" DESC
  LIMIT 1
);
CREATE UNIQUE INDEX "ReadinessCheck_one_latest_per_organisation"
  ON "ReadinessCheck" ("organisationId") WHERE "isLatest";

-- One live booking per SME and offer: the first one stands, as bookSeats would
-- have refused the later ones.
UPDATE "OfferBooking"
SET "state" = 'cancelled', "cancelledAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE "state" = 'booked' AND "id" <> (
  SELECT b."id" FROM "OfferBooking" b
  WHERE b."offerId" = "OfferBooking"."offerId" AND b."smeOrgId" = "OfferBooking"."smeOrgId"
    AND b."state" = 'booked'
  ORDER BY b."createdAt" ASC, b."id" ASC
  LIMIT 1
);
CREATE UNIQUE INDEX "OfferBooking_one_live_per_sme_and_offer"
  ON "OfferBooking" ("offerId", "smeOrgId") WHERE "state" = 'booked';

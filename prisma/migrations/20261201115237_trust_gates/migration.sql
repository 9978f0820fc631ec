-- Trust gates (issue 13): staff take offers down with a reason, SMEs may give a
-- Companies House number, and organisations have admins.

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN "removedAt" DATETIME;
ALTER TABLE "Offer" ADD COLUMN "removedReason" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "companiesHouseNumber" TEXT;

-- AlterTable. Written by hand as ADD COLUMN: Prisma's diff rebuilds "User",
-- which would drop the DataVersion triggers on it (User_matching_au, _ad).
ALTER TABLE "User" ADD COLUMN "isOrgAdmin" BOOLEAN NOT NULL DEFAULT false;

-- Every organisation's first user (the one who signed it up) is its admin.
UPDATE "User" SET "isOrgAdmin" = true
WHERE "id" IN (
  SELECT u."id" FROM "User" u
  WHERE u."rowid" = (
    SELECT f."rowid" FROM "User" f
    WHERE f."organisationId" = u."organisationId"
    ORDER BY f."createdAt", f."rowid"
    LIMIT 1
  )
);

-- Staff find organisations by Companies House number when they look for duplicates.
CREATE INDEX "Organisation_companiesHouseNumber_idx" ON "Organisation"("companiesHouseNumber");
CREATE INDEX "Organisation_schoolUrn_idx" ON "Organisation"("schoolUrn");

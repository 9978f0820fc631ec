-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "staffCount" INTEGER;

-- AlterTable
ALTER TABLE "ReadinessCheck" ADD COLUMN "localAuthority" TEXT;
ALTER TABLE "ReadinessCheck" ADD COLUMN "sector" TEXT;
ALTER TABLE "ReadinessCheck" ADD COLUMN "sizeBand" TEXT;
ALTER TABLE "ReadinessCheck" ADD COLUMN "staffCount" INTEGER;

-- Backfill: each submitted check keeps the facts its firm had until now (the
-- best we know of them when it was taken). New submissions write their own.
UPDATE "ReadinessCheck"
SET "sector" = (SELECT o."sector" FROM "Organisation" o WHERE o."id" = "ReadinessCheck"."organisationId"),
    "sizeBand" = (SELECT o."sizeBand" FROM "Organisation" o WHERE o."id" = "ReadinessCheck"."organisationId"),
    "localAuthority" = (SELECT o."localAuthority" FROM "Organisation" o WHERE o."id" = "ReadinessCheck"."organisationId")
WHERE "status" = 'submitted';

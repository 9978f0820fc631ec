-- CreateTable
CREATE TABLE "InsightCheckMonth" (
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "localAuthority" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "sizeBand" TEXT NOT NULL DEFAULT '',
    "checks" INTEGER NOT NULL DEFAULT 0,
    "orgs" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("month", "kind", "localAuthority", "sector", "sizeBand")
);

-- Kept by triggers, so every path that writes a check or changes a firm's area,
-- sector, size or kind is counted (pages, jobs, scripts, the scale seed), the way
-- DataVersion and the search tables are kept. A check counts in the month of its
-- stored submittedAt text (UTC), the month the trend's scan used; `orgs` is how
-- many distinct organisations of the cell have a submitted check that month.
-- "Other checks" below leave out the changed row itself.
CREATE TRIGGER "ReadinessCheck_insight_ai" AFTER INSERT ON "ReadinessCheck"
WHEN NEW."status" = 'submitted' AND NEW."submittedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(NEW."submittedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1,
    NOT EXISTS (SELECT 1 FROM "ReadinessCheck" b WHERE b."organisationId" = NEW."organisationId" AND b."status" = 'submitted'
      AND substr(b."submittedAt", 1, 7) = substr(NEW."submittedAt", 1, 7) AND b."id" <> NEW."id")
  FROM "Organisation" o WHERE o."id" = NEW."organisationId"
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
END;
-- A check deleted with its organisation finds no organisation here: the
-- organisation's own trigger below has taken its counts off already.
CREATE TRIGGER "ReadinessCheck_insight_ad" AFTER DELETE ON "ReadinessCheck"
WHEN OLD."status" = 'submitted' AND OLD."submittedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(OLD."submittedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1,
    -(NOT EXISTS (SELECT 1 FROM "ReadinessCheck" b WHERE b."organisationId" = OLD."organisationId" AND b."status" = 'submitted'
      AND substr(b."submittedAt", 1, 7) = substr(OLD."submittedAt", 1, 7) AND b."id" <> OLD."id"))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId"
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
END;
CREATE TRIGGER "ReadinessCheck_insight_au" AFTER UPDATE OF "status", "submittedAt", "organisationId" ON "ReadinessCheck"
WHEN NOT (OLD."status" IS NEW."status" AND OLD."submittedAt" IS NEW."submittedAt" AND OLD."organisationId" IS NEW."organisationId") BEGIN
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(OLD."submittedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1,
    -(NOT EXISTS (SELECT 1 FROM "ReadinessCheck" b WHERE b."organisationId" = OLD."organisationId" AND b."status" = 'submitted'
      AND substr(b."submittedAt", 1, 7) = substr(OLD."submittedAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId" AND OLD."status" = 'submitted' AND OLD."submittedAt" IS NOT NULL
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(NEW."submittedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1,
    NOT EXISTS (SELECT 1 FROM "ReadinessCheck" b WHERE b."organisationId" = NEW."organisationId" AND b."status" = 'submitted'
      AND substr(b."submittedAt", 1, 7) = substr(NEW."submittedAt", 1, 7) AND b."id" <> NEW."id")
  FROM "Organisation" o WHERE o."id" = NEW."organisationId" AND NEW."status" = 'submitted' AND NEW."submittedAt" IS NOT NULL
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
END;
-- A firm that changes its area, sector, size or kind takes its months to its new cell.
CREATE TRIGGER "Organisation_insight_au" AFTER UPDATE OF "kind", "localAuthority", "sector", "sizeBand" ON "Organisation"
WHEN NOT (OLD."kind" IS NEW."kind" AND OLD."localAuthority" IS NEW."localAuthority" AND OLD."sector" IS NEW."sector" AND OLD."sizeBand" IS NEW."sizeBand") BEGIN
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(c."submittedAt", 1, 7), OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -COUNT(*), -1
  FROM "ReadinessCheck" c WHERE c."organisationId" = OLD."id" AND c."status" = 'submitted' AND c."submittedAt" IS NOT NULL
  GROUP BY 1
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(c."submittedAt", 1, 7), NEW."kind", COALESCE(NEW."localAuthority", ''), COALESCE(NEW."sector", ''), COALESCE(NEW."sizeBand", ''), COUNT(*), 1
  FROM "ReadinessCheck" c WHERE c."organisationId" = NEW."id" AND c."status" = 'submitted' AND c."submittedAt" IS NOT NULL
  GROUP BY 1
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
END;
-- Before the cascade deletes its checks (which then find no organisation).
CREATE TRIGGER "Organisation_insight_bd" BEFORE DELETE ON "Organisation" BEGIN
  INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
  SELECT substr(c."submittedAt", 1, 7), OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -COUNT(*), -1
  FROM "ReadinessCheck" c WHERE c."organisationId" = OLD."id" AND c."status" = 'submitted' AND c."submittedAt" IS NOT NULL
  GROUP BY 1
  ON CONFLICT ("month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "checks" = "checks" + excluded."checks", "orgs" = "orgs" + excluded."orgs";
END;

-- The checks already there.
INSERT INTO "InsightCheckMonth" ("month", "kind", "localAuthority", "sector", "sizeBand", "checks", "orgs")
SELECT substr(c."submittedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''),
  COUNT(*), COUNT(DISTINCT c."organisationId")
FROM "ReadinessCheck" c JOIN "Organisation" o ON o."id" = c."organisationId"
WHERE c."status" = 'submitted' AND c."submittedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

-- CreateTable
CREATE TABLE "InsightActivityMonth" (
    "fact" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "localAuthority" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "sizeBand" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "orgs" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("fact", "month", "kind", "localAuthority", "sector", "sizeBand")
);

-- Kept by triggers, like InsightCheckMonth (decision 054, 056): every path that
-- publishes a posting, makes a request or changes a firm's area, sector, size or
-- kind is counted (pages, jobs, scripts, the scale seed). A fact counts in the
-- month of its stored date text (UTC), the month the trend's scans used; `orgs`
-- is how many distinct organisations of the cell have that fact that month.
-- "Another fact" below leaves out the changed row itself. Three groups, written
-- alike: postings (both tables), placement requests (by the placement's
-- organisation: a placement that moves or is deleted takes its requests along),
-- mentoring requests; then an organisation's change of cell, and its deletion.
CREATE TRIGGER "Apprenticeship_insight_ai" AFTER INSERT ON "Apprenticeship"
WHEN NEW."firstPublishedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(NEW."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7) AND b."id" <> NEW."id") OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7))))
  FROM "Organisation" o WHERE o."id" = NEW."organisationId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Apprenticeship_insight_ad" AFTER DELETE ON "Apprenticeship"
WHEN OLD."firstPublishedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(OLD."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7) AND b."id" <> OLD."id") OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7))))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Apprenticeship_insight_au" AFTER UPDATE OF "firstPublishedAt", "organisationId" ON "Apprenticeship"
WHEN NOT (OLD."firstPublishedAt" IS NEW."firstPublishedAt" AND OLD."organisationId" IS NEW."organisationId") BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(OLD."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7) AND b."id" <> NEW."id") OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7))))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId" AND OLD."firstPublishedAt" IS NOT NULL
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(NEW."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7) AND b."id" <> NEW."id") OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7))))
  FROM "Organisation" o WHERE o."id" = NEW."organisationId" AND NEW."firstPublishedAt" IS NOT NULL
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Placement_insight_ai" AFTER INSERT ON "Placement"
WHEN NEW."firstPublishedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(NEW."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7)) OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7) AND b."id" <> NEW."id")))
  FROM "Organisation" o WHERE o."id" = NEW."organisationId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Placement_insight_ad" AFTER DELETE ON "Placement"
WHEN OLD."firstPublishedAt" IS NOT NULL BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(OLD."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7)) OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7) AND b."id" <> OLD."id")))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Placement_insight_au" AFTER UPDATE OF "firstPublishedAt", "organisationId" ON "Placement"
WHEN NOT (OLD."firstPublishedAt" IS NEW."firstPublishedAt" AND OLD."organisationId" IS NEW."organisationId") BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(OLD."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7)) OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = OLD."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(OLD."firstPublishedAt", 1, 7) AND b."id" <> NEW."id")))
  FROM "Organisation" o WHERE o."id" = OLD."organisationId" AND OLD."firstPublishedAt" IS NOT NULL
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', substr(NEW."firstPublishedAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT (EXISTS (SELECT 1 FROM "Apprenticeship" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7)) OR EXISTS (SELECT 1 FROM "Placement" b WHERE b."organisationId" = NEW."organisationId" AND substr(b."firstPublishedAt", 1, 7) = substr(NEW."firstPublishedAt", 1, 7) AND b."id" <> NEW."id")))
  FROM "Organisation" o WHERE o."id" = NEW."organisationId" AND NEW."firstPublishedAt" IS NOT NULL
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "PlacementRequest_insight_ai" AFTER INSERT ON "PlacementRequest" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(NEW."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = q."organisationId" AND substr(b."createdAt", 1, 7) = substr(NEW."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Placement" q JOIN "Organisation" o ON o."id" = q."organisationId" WHERE q."id" = NEW."placementId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "PlacementRequest_insight_ad" AFTER DELETE ON "PlacementRequest" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(OLD."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = q."organisationId" AND substr(b."createdAt", 1, 7) = substr(OLD."createdAt", 1, 7) AND b."id" <> OLD."id"))
  FROM "Placement" q JOIN "Organisation" o ON o."id" = q."organisationId" WHERE q."id" = OLD."placementId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "PlacementRequest_insight_au" AFTER UPDATE OF "createdAt", "placementId" ON "PlacementRequest"
WHEN NOT (OLD."createdAt" IS NEW."createdAt" AND OLD."placementId" IS NEW."placementId") BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(OLD."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = q."organisationId" AND substr(b."createdAt", 1, 7) = substr(OLD."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Placement" q JOIN "Organisation" o ON o."id" = q."organisationId" WHERE q."id" = OLD."placementId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(NEW."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = q."organisationId" AND substr(b."createdAt", 1, 7) = substr(NEW."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Placement" q JOIN "Organisation" o ON o."id" = q."organisationId" WHERE q."id" = NEW."placementId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Placement_insight_requests_au" AFTER UPDATE OF "organisationId" ON "Placement"
WHEN OLD."organisationId" IS NOT NEW."organisationId" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(r."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -COUNT(*), -(NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = OLD."organisationId" AND substr(b."createdAt", 1, 7) = substr(r."createdAt", 1, 7) AND bp."id" <> NEW."id"))
  FROM "PlacementRequest" r JOIN "Organisation" o ON o."id" = OLD."organisationId" WHERE r."placementId" = NEW."id"
  GROUP BY 2
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(r."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), COUNT(*), (NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = NEW."organisationId" AND substr(b."createdAt", 1, 7) = substr(r."createdAt", 1, 7) AND bp."id" <> NEW."id"))
  FROM "PlacementRequest" r JOIN "Organisation" o ON o."id" = NEW."organisationId" WHERE r."placementId" = NEW."id"
  GROUP BY 2
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Placement_insight_bd" BEFORE DELETE ON "Placement" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', substr(r."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -COUNT(*), -(NOT EXISTS (SELECT 1 FROM "PlacementRequest" b JOIN "Placement" bp ON bp."id" = b."placementId" WHERE bp."organisationId" = OLD."organisationId" AND substr(b."createdAt", 1, 7) = substr(r."createdAt", 1, 7) AND bp."id" <> OLD."id"))
  FROM "PlacementRequest" r JOIN "Organisation" o ON o."id" = OLD."organisationId" WHERE r."placementId" = OLD."id"
  GROUP BY 2
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "MentoringRequest_insight_ai" AFTER INSERT ON "MentoringRequest" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', substr(NEW."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT EXISTS (SELECT 1 FROM "MentoringRequest" b WHERE b."smeOrgId" = NEW."smeOrgId" AND substr(b."createdAt", 1, 7) = substr(NEW."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Organisation" o WHERE o."id" = NEW."smeOrgId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "MentoringRequest_insight_ad" AFTER DELETE ON "MentoringRequest" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', substr(OLD."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT EXISTS (SELECT 1 FROM "MentoringRequest" b WHERE b."smeOrgId" = OLD."smeOrgId" AND substr(b."createdAt", 1, 7) = substr(OLD."createdAt", 1, 7) AND b."id" <> OLD."id"))
  FROM "Organisation" o WHERE o."id" = OLD."smeOrgId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "MentoringRequest_insight_au" AFTER UPDATE OF "createdAt", "smeOrgId" ON "MentoringRequest"
WHEN NOT (OLD."createdAt" IS NEW."createdAt" AND OLD."smeOrgId" IS NEW."smeOrgId") BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', substr(OLD."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), -1, -(NOT EXISTS (SELECT 1 FROM "MentoringRequest" b WHERE b."smeOrgId" = OLD."smeOrgId" AND substr(b."createdAt", 1, 7) = substr(OLD."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Organisation" o WHERE o."id" = OLD."smeOrgId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', substr(NEW."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''), 1, (NOT EXISTS (SELECT 1 FROM "MentoringRequest" b WHERE b."smeOrgId" = NEW."smeOrgId" AND substr(b."createdAt", 1, 7) = substr(NEW."createdAt", 1, 7) AND b."id" <> NEW."id"))
  FROM "Organisation" o WHERE o."id" = NEW."smeOrgId"
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Organisation_activity_insight_au" AFTER UPDATE OF "kind", "localAuthority", "sector", "sizeBand" ON "Organisation"
WHEN NOT (OLD."kind" IS NEW."kind" AND OLD."localAuthority" IS NEW."localAuthority" AND OLD."sector" IS NEW."sector" AND OLD."sizeBand" IS NEW."sizeBand") BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr(x."firstPublishedAt", 1, 7) AS month, COUNT(*) AS n FROM (SELECT "firstPublishedAt" FROM "Apprenticeship" WHERE "organisationId" = OLD."id" AND "firstPublishedAt" IS NOT NULL UNION ALL SELECT "firstPublishedAt" FROM "Placement" WHERE "organisationId" = OLD."id" AND "firstPublishedAt" IS NOT NULL) x GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr(r."createdAt", 1, 7) AS month, COUNT(*) AS n FROM "PlacementRequest" r JOIN "Placement" q ON q."id" = r."placementId" WHERE q."organisationId" = OLD."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr("createdAt", 1, 7) AS month, COUNT(*) AS n FROM "MentoringRequest" WHERE "smeOrgId" = OLD."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', f."month", NEW."kind", COALESCE(NEW."localAuthority", ''), COALESCE(NEW."sector", ''), COALESCE(NEW."sizeBand", ''), f."n", 1
  FROM (SELECT substr(x."firstPublishedAt", 1, 7) AS month, COUNT(*) AS n FROM (SELECT "firstPublishedAt" FROM "Apprenticeship" WHERE "organisationId" = NEW."id" AND "firstPublishedAt" IS NOT NULL UNION ALL SELECT "firstPublishedAt" FROM "Placement" WHERE "organisationId" = NEW."id" AND "firstPublishedAt" IS NOT NULL) x GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', f."month", NEW."kind", COALESCE(NEW."localAuthority", ''), COALESCE(NEW."sector", ''), COALESCE(NEW."sizeBand", ''), f."n", 1
  FROM (SELECT substr(r."createdAt", 1, 7) AS month, COUNT(*) AS n FROM "PlacementRequest" r JOIN "Placement" q ON q."id" = r."placementId" WHERE q."organisationId" = NEW."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', f."month", NEW."kind", COALESCE(NEW."localAuthority", ''), COALESCE(NEW."sector", ''), COALESCE(NEW."sizeBand", ''), f."n", 1
  FROM (SELECT substr("createdAt", 1, 7) AS month, COUNT(*) AS n FROM "MentoringRequest" WHERE "smeOrgId" = NEW."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

CREATE TRIGGER "Organisation_activity_insight_bd" BEFORE DELETE ON "Organisation" BEGIN
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'posting', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr(x."firstPublishedAt", 1, 7) AS month, COUNT(*) AS n FROM (SELECT "firstPublishedAt" FROM "Apprenticeship" WHERE "organisationId" = OLD."id" AND "firstPublishedAt" IS NOT NULL UNION ALL SELECT "firstPublishedAt" FROM "Placement" WHERE "organisationId" = OLD."id" AND "firstPublishedAt" IS NOT NULL) x GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'request', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr(r."createdAt", 1, 7) AS month, COUNT(*) AS n FROM "PlacementRequest" r JOIN "Placement" q ON q."id" = r."placementId" WHERE q."organisationId" = OLD."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
  INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
  SELECT 'mentoring', f."month", OLD."kind", COALESCE(OLD."localAuthority", ''), COALESCE(OLD."sector", ''), COALESCE(OLD."sizeBand", ''), -f."n", -1
  FROM (SELECT substr("createdAt", 1, 7) AS month, COUNT(*) AS n FROM "MentoringRequest" WHERE "smeOrgId" = OLD."id" GROUP BY 1) f WHERE true
  ON CONFLICT ("fact", "month", "kind", "localAuthority", "sector", "sizeBand") DO UPDATE SET "count" = "count" + excluded."count", "orgs" = "orgs" + excluded."orgs";
END;

-- The facts already there.
INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
SELECT 'posting', substr(x."at", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''),
  COUNT(*), COUNT(DISTINCT x."org")
FROM (SELECT "organisationId" AS "org", "firstPublishedAt" AS "at" FROM "Apprenticeship" WHERE "firstPublishedAt" IS NOT NULL
  UNION ALL SELECT "organisationId", "firstPublishedAt" FROM "Placement" WHERE "firstPublishedAt" IS NOT NULL) x
JOIN "Organisation" o ON o."id" = x."org"
GROUP BY 2, 3, 4, 5, 6;
INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
SELECT 'request', substr(r."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''),
  COUNT(*), COUNT(DISTINCT q."organisationId")
FROM "PlacementRequest" r JOIN "Placement" q ON q."id" = r."placementId" JOIN "Organisation" o ON o."id" = q."organisationId"
GROUP BY 2, 3, 4, 5, 6;
INSERT INTO "InsightActivityMonth" ("fact", "month", "kind", "localAuthority", "sector", "sizeBand", "count", "orgs")
SELECT 'mentoring', substr(m."createdAt", 1, 7), o."kind", COALESCE(o."localAuthority", ''), COALESCE(o."sector", ''), COALESCE(o."sizeBand", ''),
  COUNT(*), COUNT(DISTINCT m."smeOrgId")
FROM "MentoringRequest" m JOIN "Organisation" o ON o."id" = m."smeOrgId"
GROUP BY 2, 3, 4, 5, 6;

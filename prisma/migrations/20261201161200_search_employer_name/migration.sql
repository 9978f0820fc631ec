-- The employer's name becomes searchable by keyword, for both kinds of posting
-- (issue 11). The name lives on Organisation, not on the posting, so each index
-- moves from external content (the posting row only) to its own copy of the
-- text; triggers keep it in step with the posting and with the organisation's
-- name. Queried as before: "<Kind>Search" MATCH ..., joined on rowid.
DROP TRIGGER IF EXISTS "Apprenticeship_search_ai";
DROP TRIGGER IF EXISTS "Apprenticeship_search_ad";
DROP TRIGGER IF EXISTS "Apprenticeship_search_au";
DROP TABLE IF EXISTS "ApprenticeshipSearch";
CREATE VIRTUAL TABLE "ApprenticeshipSearch" USING fts5(
  title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider, employerName,
  tokenize='porter unicode61'
);
INSERT INTO "ApprenticeshipSearch"(rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider, employerName)
  SELECT a.rowid, a.title, a.shortDescription, a.fullDescription, a.standard, a.skillsWanted, a.trainingProvider, o.name
  FROM "Apprenticeship" a JOIN "Organisation" o ON o.id = a.organisationId;
CREATE TRIGGER "Apprenticeship_search_ai" AFTER INSERT ON "Apprenticeship" BEGIN
  INSERT INTO "ApprenticeshipSearch"(rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider, employerName)
  VALUES (new.rowid, new.title, new.shortDescription, new.fullDescription, new.standard, new.skillsWanted, new.trainingProvider,
    (SELECT name FROM "Organisation" WHERE id = new.organisationId));
END;
CREATE TRIGGER "Apprenticeship_search_ad" AFTER DELETE ON "Apprenticeship" BEGIN
  DELETE FROM "ApprenticeshipSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "Apprenticeship_search_au" AFTER UPDATE OF title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider, organisationId ON "Apprenticeship" BEGIN
  DELETE FROM "ApprenticeshipSearch" WHERE rowid = old.rowid;
  INSERT INTO "ApprenticeshipSearch"(rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider, employerName)
  VALUES (new.rowid, new.title, new.shortDescription, new.fullDescription, new.standard, new.skillsWanted, new.trainingProvider,
    (SELECT name FROM "Organisation" WHERE id = new.organisationId));
END;

DROP TRIGGER IF EXISTS "Placement_search_ai";
DROP TRIGGER IF EXISTS "Placement_search_ad";
DROP TRIGGER IF EXISTS "Placement_search_au";
DROP TABLE IF EXISTS "PlacementSearch";
CREATE VIRTUAL TABLE "PlacementSearch" USING fts5(
  title, description, daysAndHours, accessibility, travelNotes, employerName,
  tokenize='porter unicode61'
);
INSERT INTO "PlacementSearch"(rowid, title, description, daysAndHours, accessibility, travelNotes, employerName)
  SELECT p.rowid, p.title, p.description, p.daysAndHours, p.accessibility, p.travelNotes, o.name
  FROM "Placement" p JOIN "Organisation" o ON o.id = p.organisationId;
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

-- A renamed employer is found by its new name at once.
CREATE TRIGGER "Organisation_search_name_au" AFTER UPDATE OF name ON "Organisation" BEGIN
  UPDATE "ApprenticeshipSearch" SET employerName = new.name
    WHERE rowid IN (SELECT rowid FROM "Apprenticeship" WHERE organisationId = new.id);
  UPDATE "PlacementSearch" SET employerName = new.name
    WHERE rowid IN (SELECT rowid FROM "Placement" WHERE organisationId = new.id);
END;

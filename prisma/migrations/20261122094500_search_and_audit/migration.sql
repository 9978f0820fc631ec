-- Full-text search over postings (Prisma cannot model FTS5, so it lives here).
-- External-content tables: the text stays in the posting tables; triggers keep
-- the index in step. Queried with $queryRaw tagged templates only.
CREATE VIRTUAL TABLE "ApprenticeshipSearch" USING fts5(
  title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider,
  content='Apprenticeship', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER "Apprenticeship_search_ai" AFTER INSERT ON "Apprenticeship" BEGIN
  INSERT INTO "ApprenticeshipSearch"(rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider)
  VALUES (new.rowid, new.title, new.shortDescription, new.fullDescription, new.standard, new.skillsWanted, new.trainingProvider);
END;
CREATE TRIGGER "Apprenticeship_search_ad" AFTER DELETE ON "Apprenticeship" BEGIN
  INSERT INTO "ApprenticeshipSearch"("ApprenticeshipSearch", rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider)
  VALUES ('delete', old.rowid, old.title, old.shortDescription, old.fullDescription, old.standard, old.skillsWanted, old.trainingProvider);
END;
CREATE TRIGGER "Apprenticeship_search_au" AFTER UPDATE OF title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider ON "Apprenticeship" BEGIN
  INSERT INTO "ApprenticeshipSearch"("ApprenticeshipSearch", rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider)
  VALUES ('delete', old.rowid, old.title, old.shortDescription, old.fullDescription, old.standard, old.skillsWanted, old.trainingProvider);
  INSERT INTO "ApprenticeshipSearch"(rowid, title, shortDescription, fullDescription, standard, skillsWanted, trainingProvider)
  VALUES (new.rowid, new.title, new.shortDescription, new.fullDescription, new.standard, new.skillsWanted, new.trainingProvider);
END;

CREATE VIRTUAL TABLE "PlacementSearch" USING fts5(
  title, description, daysAndHours, accessibility, travelNotes,
  content='Placement', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER "Placement_search_ai" AFTER INSERT ON "Placement" BEGIN
  INSERT INTO "PlacementSearch"(rowid, title, description, daysAndHours, accessibility, travelNotes)
  VALUES (new.rowid, new.title, new.description, new.daysAndHours, new.accessibility, new.travelNotes);
END;
CREATE TRIGGER "Placement_search_ad" AFTER DELETE ON "Placement" BEGIN
  INSERT INTO "PlacementSearch"("PlacementSearch", rowid, title, description, daysAndHours, accessibility, travelNotes)
  VALUES ('delete', old.rowid, old.title, old.description, old.daysAndHours, old.accessibility, old.travelNotes);
END;
CREATE TRIGGER "Placement_search_au" AFTER UPDATE OF title, description, daysAndHours, accessibility, travelNotes ON "Placement" BEGIN
  INSERT INTO "PlacementSearch"("PlacementSearch", rowid, title, description, daysAndHours, accessibility, travelNotes)
  VALUES ('delete', old.rowid, old.title, old.description, old.daysAndHours, old.accessibility, old.travelNotes);
  INSERT INTO "PlacementSearch"(rowid, title, description, daysAndHours, accessibility, travelNotes)
  VALUES (new.rowid, new.title, new.description, new.daysAndHours, new.accessibility, new.travelNotes);
END;

-- The audit trail is append-only: nobody can edit or delete it, not even by mistake.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed');
END;

-- Keyword search filters inside FTS5 (issue 16, decision 057). Each posting's
-- filter values become tokens in a small token-only FTS5 table beside the text
-- index, so a keyword search asks FTS5 for the postings that pass the filters
-- and reads only those rows, instead of reading every keyword match's row to
-- test them. The text indexes ("<Kind>Search") are unchanged: their BM25
-- ranking (which counts every token of a row) must stay as it was.
--
-- A token is "<column>_<hex of the value as text>" (hex keeps any value one
-- token; SQLite's hex() is upper case, the tokenizer folds it), and `live`
-- when the posting is live and its organisation verified. The tokens only
-- narrow: the query still tests every condition on the rows it reads
-- (app/opportunities/filter-tokens.ts), so a posting that passes the
-- conditions must carry its tokens, which the triggers below keep true.
-- One view per kind says what a posting's tokens are; every trigger reads it.

CREATE VIEW "ApprenticeshipFilterTokens" AS
SELECT a.rowid AS rid,
  CASE WHEN a.state = 'live' AND o.verificationStatus = 'verified' THEN 'live ' ELSE '' END
  || 'level_' || hex(a.level)
  || ' localAuthority_' || hex(a.localAuthority)
  || ' route_' || hex(a.route)
  || ' wageType_' || hex(a.wageType)
  || ' disabilityConfident_' || hex(a.disabilityConfident)
  || ' organisationId_' || hex(a.organisationId) AS tokens
FROM "Apprenticeship" a LEFT JOIN "Organisation" o ON o.id = a.organisationId;

-- Year groups are a list of ids ("10,11"): one token per id, the ids as they are
-- (digits), since the list cannot be split and hexed item by item in SQL.
CREATE VIEW "PlacementFilterTokens" AS
SELECT p.rowid AS rid,
  CASE WHEN p.state = 'live' AND o.verificationStatus = 'verified' THEN 'live ' ELSE '' END
  || 'sector_' || hex(p.sector)
  || ' format_' || hex(p.format)
  || CASE WHEN p.localAuthority IS NULL THEN '' ELSE ' localAuthority_' || hex(p.localAuthority) END
  || ' yearGroups_' || replace(p.yearGroups, ',', ' yearGroups_') AS tokens
FROM "Placement" p LEFT JOIN "Organisation" o ON o.id = p.organisationId;

-- Contentless (the tokens are never read back), rows deletable by rowid, no
-- positions (a filter is a token anywhere in the row).
CREATE VIRTUAL TABLE "ApprenticeshipFilterSearch" USING fts5(
  tokens, content='', contentless_delete=1, detail=none, tokenize="unicode61 tokenchars '_'"
);
INSERT INTO "ApprenticeshipFilterSearch"(rowid, tokens) SELECT rid, tokens FROM "ApprenticeshipFilterTokens";

CREATE VIRTUAL TABLE "PlacementFilterSearch" USING fts5(
  tokens, content='', contentless_delete=1, detail=none, tokenize="unicode61 tokenchars '_'"
);
INSERT INTO "PlacementFilterSearch"(rowid, tokens) SELECT rid, tokens FROM "PlacementFilterTokens";

CREATE TRIGGER "Apprenticeship_filter_ai" AFTER INSERT ON "Apprenticeship" BEGIN
  INSERT INTO "ApprenticeshipFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "ApprenticeshipFilterTokens" WHERE rid = new.rowid;
END;
CREATE TRIGGER "Apprenticeship_filter_ad" AFTER DELETE ON "Apprenticeship" BEGIN
  DELETE FROM "ApprenticeshipFilterSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "Apprenticeship_filter_au" AFTER UPDATE OF state, level, localAuthority, route, wageType, disabilityConfident, organisationId ON "Apprenticeship" BEGIN
  DELETE FROM "ApprenticeshipFilterSearch" WHERE rowid = old.rowid;
  INSERT INTO "ApprenticeshipFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "ApprenticeshipFilterTokens" WHERE rid = new.rowid;
END;

CREATE TRIGGER "Placement_filter_ai" AFTER INSERT ON "Placement" BEGIN
  INSERT INTO "PlacementFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "PlacementFilterTokens" WHERE rid = new.rowid;
END;
CREATE TRIGGER "Placement_filter_ad" AFTER DELETE ON "Placement" BEGIN
  DELETE FROM "PlacementFilterSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "Placement_filter_au" AFTER UPDATE OF state, sector, format, localAuthority, yearGroups, organisationId ON "Placement" BEGIN
  DELETE FROM "PlacementFilterSearch" WHERE rowid = old.rowid;
  INSERT INTO "PlacementFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "PlacementFilterTokens" WHERE rid = new.rowid;
END;

-- Verifying an organisation, or taking its check back, lists or hides its postings.
CREATE TRIGGER "Organisation_filter_verification_au" AFTER UPDATE OF verificationStatus ON "Organisation" BEGIN
  DELETE FROM "ApprenticeshipFilterSearch"
    WHERE rowid IN (SELECT rowid FROM "Apprenticeship" WHERE organisationId = new.id);
  INSERT INTO "ApprenticeshipFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "ApprenticeshipFilterTokens"
    WHERE rid IN (SELECT rowid FROM "Apprenticeship" WHERE organisationId = new.id);
  DELETE FROM "PlacementFilterSearch"
    WHERE rowid IN (SELECT rowid FROM "Placement" WHERE organisationId = new.id);
  INSERT INTO "PlacementFilterSearch"(rowid, tokens)
    SELECT rid, tokens FROM "PlacementFilterTokens"
    WHERE rid IN (SELECT rowid FROM "Placement" WHERE organisationId = new.id);
END;

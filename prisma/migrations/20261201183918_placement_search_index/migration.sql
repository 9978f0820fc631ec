-- Placement search stays as fast as before issue 11 (docs/performance.md): the
-- area rule ("in this area, or online") is an OR that no single-column index
-- serves, so a list without keywords counted every live placement by reading
-- its whole row. This index holds every column the filters, the count and the
-- sorts read; the second answers the "employer checked" join from the index.
-- CreateIndex
CREATE INDEX "Organisation_id_verificationStatus_idx" ON "Organisation"("id", "verificationStatus");

-- CreateIndex
CREATE INDEX "Placement_search_idx" ON "Placement"("state", "startDate", "format", "localAuthority", "sector", "yearGroups", "endDate", "organisationId", "firstPublishedAt", "createdAt", "id");

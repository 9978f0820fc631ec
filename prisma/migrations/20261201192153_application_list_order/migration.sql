-- CreateIndex
CREATE INDEX "Application_apprenticeshipId_submittedAt_id_idx" ON "Application"("apprenticeshipId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Application_apprenticeshipId_state_submittedAt_id_idx" ON "Application"("apprenticeshipId", "state", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "PlacementRequest_createdAt_placementId_idx" ON "PlacementRequest"("createdAt", "placementId");

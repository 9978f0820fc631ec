-- DropIndex
DROP INDEX "PlacementRequest_placementId_state_idx";

-- CreateIndex
CREATE INDEX "PlacementRequest_placementId_state_places_placesAccepted_idx" ON "PlacementRequest"("placementId", "state", "places", "placesAccepted");

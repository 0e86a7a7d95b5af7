-- CreateIndex
CREATE INDEX "Employment_organisationId_idx" ON "Employment"("organisationId");

-- CreateIndex
CREATE INDEX "Spesialiseringsperiode_fagavtaleId_status_desiredStart_idx" ON "Spesialiseringsperiode"("fagavtaleId", "status", "desiredStart");

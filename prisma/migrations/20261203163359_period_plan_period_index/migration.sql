-- CreateIndex
CREATE INDEX "Spesialiseringsperiode_planPeriodId_idx" ON "Spesialiseringsperiode"("planPeriodId");

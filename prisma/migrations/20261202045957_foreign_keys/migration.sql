-- CreateIndex
CREATE UNIQUE INDEX "Fagavtale_id_partnerOrganisationId_specialtyId_key" ON "Fagavtale"("id", "partnerOrganisationId", "specialtyId");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "PlanVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistrationCorrection" ADD CONSTRAINT "FeRegistrationCorrection_byId_fkey" FOREIGN KEY ("byId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_fagavtale_terms_fkey" FOREIGN KEY ("fagavtaleId", "receivingOrganisationId", "specialtyId") REFERENCES "Fagavtale"("id", "partnerOrganisationId", "specialtyId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeForm" ADD CONSTRAINT "IntakeForm_filledById_fkey" FOREIGN KEY ("filledById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeForm" ADD CONSTRAINT "IntakeForm_leaderApprovedById_fkey" FOREIGN KEY ("leaderApprovedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeForm" ADD CONSTRAINT "IntakeForm_forwardedById_fkey" FOREIGN KEY ("forwardedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_resolvedPeriodId_fkey" FOREIGN KEY ("resolvedPeriodId") REFERENCES "Spesialiseringsperiode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "FeRegistration_personId_idx" ON "FeRegistration"("personId");

-- CreateIndex
CREATE INDEX "RoleAssignment_organisationId_role_idx" ON "RoleAssignment"("organisationId", "role");

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "planVersionId" TEXT;

-- Backfill (hand-written): notifications already written about a plan version.
UPDATE "Notification" SET "planVersionId" = "entityId"
WHERE "entityType" = 'PlanVersion' AND "entityId" IN (SELECT "id" FROM "PlanVersion");

-- CreateIndex
CREATE INDEX "Notification_planVersionId_idx" ON "Notification"("planVersionId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

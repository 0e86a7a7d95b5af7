-- Region policies (docs/decisions/0011-region-policies.md): the allocation enum on the receiving trust
-- becomes Region.policyKey + a nullable per-trust override; planDeadlineWeeks becomes a nullable
-- per-trust override of the policy's deadline. Backfilled from the old columns before they go.

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "policyKey" TEXT NOT NULL DEFAULT 'HELSE_NORD';

UPDATE "Region" SET "policyKey" = CASE "code"
  WHEN 'HSO' THEN 'HELSE_SOR_OST'
  WHEN 'HMN' THEN 'HELSE_MIDT_NORGE'
  WHEN 'HV' THEN 'HELSE_VEST'
  ELSE 'HELSE_NORD' END;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "policyOverride" TEXT,
ALTER COLUMN "planDeadlineWeeks" DROP NOT NULL,
ALTER COLUMN "planDeadlineWeeks" DROP DEFAULT;

-- A trust keeps the rule it had: an override wherever it differs from its region policy's rule
-- (Helse Nord: HELSE_NORD; the other regions: EGEN; no region: Helse Nord's).
UPDATE "Organisation" o SET "policyOverride" = o."allocationRule"::text
WHERE o."allocationRule"::text <> COALESCE(
  (SELECT CASE r."policyKey" WHEN 'HELSE_NORD' THEN 'HELSE_NORD' ELSE 'EGEN' END FROM "Region" r WHERE r."id" = o."regionId"),
  'HELSE_NORD');

-- The policies' deadline is 4 weeks: only a different value stays as the trust's own.
UPDATE "Organisation" SET "planDeadlineWeeks" = NULL WHERE "planDeadlineWeeks" = 4;

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_planDeadlineWeeks_check" CHECK ("planDeadlineWeeks" IS NULL OR "planDeadlineWeeks" BETWEEN 1 AND 52);

ALTER TABLE "Organisation" DROP COLUMN "allocationRule";

-- DropEnum
DROP TYPE "AllocationRule";

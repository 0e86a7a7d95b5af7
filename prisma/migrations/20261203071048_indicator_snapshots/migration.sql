-- CreateEnum
CREATE TYPE "SnapshotSource" AS ENUM ('PLANLAGT', 'MANUELL');

-- CreateTable
CREATE TABLE "IndicatorSnapshot" (
    "id" TEXT NOT NULL,
    "scopeKind" TEXT NOT NULL,
    "scopeId" TEXT NOT NULL,
    "takenFor" DATE NOT NULL,
    "source" "SnapshotSource" NOT NULL,
    "payload" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorSnapshot_scopeKind_scopeId_takenFor_idx" ON "IndicatorSnapshot"("scopeKind", "scopeId", "takenFor");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorSnapshot_scopeKind_scopeId_takenFor_source_key" ON "IndicatorSnapshot"("scopeKind", "scopeId", "takenFor", "source");

-- A snapshot never changes afterwards (issue 13 "Done when").
CREATE FUNCTION indicator_snapshot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'IndicatorSnapshot kan ikke endres eller slettes (uforanderlig)';
END;
$$;
CREATE TRIGGER "IndicatorSnapshot_immutable" BEFORE UPDATE OR DELETE ON "IndicatorSnapshot" FOR EACH ROW EXECUTE FUNCTION indicator_snapshot_immutable();
CREATE TRIGGER "IndicatorSnapshot_no_truncate" BEFORE TRUNCATE ON "IndicatorSnapshot" FOR EACH STATEMENT EXECUTE FUNCTION indicator_snapshot_immutable();

ALTER TABLE "IndicatorSnapshot" ADD CONSTRAINT "IndicatorSnapshot_scopeKind_check" CHECK ("scopeKind" IN ('TRUST', 'REGION'));

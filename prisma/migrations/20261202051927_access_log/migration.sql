-- CreateEnum
CREATE TYPE "AccessKind" AS ENUM ('PLAN', 'PLAN_PRINT', 'FE_REGISTRY_ROW', 'FE_REGISTRY_EXPORT', 'INTAKE_FORM', 'VACANCY_CANDIDATE');

-- CreateTable
CREATE TABLE "AccessLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewerPersonId" TEXT NOT NULL,
    "viewerRole" "Role" NOT NULL,
    "subjectPersonId" TEXT,
    "subjectPersonIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "what" "AccessKind" NOT NULL,
    "entityId" TEXT,
    "count" INTEGER,
    "context" JSONB,

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessLog_subjectPersonId_at_id_idx" ON "AccessLog"("subjectPersonId", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AccessLog_subjectPersonIds_idx" ON "AccessLog" USING GIN ("subjectPersonIds");

-- CreateIndex
CREATE INDEX "AccessLog_viewerPersonId_at_idx" ON "AccessLog"("viewerPersonId", "at");

-- AddForeignKey
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_viewerPersonId_fkey" FOREIGN KEY ("viewerPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_subjectPersonId_fkey" FOREIGN KEY ("subjectPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0002): an export names no single LIS but how many it held; every other read names its LIS.
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_subject_check" CHECK ((("what" = 'FE_REGISTRY_EXPORT') = ("subjectPersonId" IS NULL)));
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_count_check" CHECK ("count" IS NULL OR ("count" >= 0 AND "count" >= cardinality("subjectPersonIds")));

-- The access log is append-only, like the audit log; the app role has only SELECT and INSERT on it (scripts/lib/db-roles.mjs).
CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AccessLog kan ikke endres eller slettes (append-only)';
END;
$$;
CREATE TRIGGER "AccessLog_append_only" BEFORE UPDATE OR DELETE ON "AccessLog" FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER "AccessLog_no_truncate" BEFORE TRUNCATE ON "AccessLog" FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();

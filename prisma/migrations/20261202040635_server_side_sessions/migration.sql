-- AlterTable
ALTER TABLE "Person" DROP COLUMN "activeRoleAssignmentId";

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "activeRoleAssignmentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthSession_personId_idx" ON "AuthSession"("personId");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_activeRoleAssignmentId_fkey" FOREIGN KEY ("activeRoleAssignmentId") REFERENCES "RoleAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Hand-written (docs/decisions/0007-server-side-sessions.md) ───

ALTER TABLE "AuthSession"
  ADD CONSTRAINT "AuthSession_id_random" CHECK (length("id") >= 22),
  ADD CONSTRAINT "AuthSession_expires_after_created" CHECK ("expiresAt" > "createdAt"),
  ADD CONSTRAINT "AuthSession_revoked_has_reason" CHECK (("revokedAt" IS NULL) = ("revokedReason" IS NULL)),
  ADD CONSTRAINT "AuthSession_user_agent_length" CHECK (length("userAgent") <= 512);

-- A session may only act in one of its own person's role assignments.
CREATE FUNCTION auth_session_role_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."activeRoleAssignmentId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "RoleAssignment" r WHERE r.id = NEW."activeRoleAssignmentId" AND r."personId" = NEW."personId"
  ) THEN
    RAISE EXCEPTION 'AuthSession % may not act in another person''s role assignment', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AuthSession_role_is_own" BEFORE INSERT OR UPDATE OF "activeRoleAssignmentId", "personId" ON "AuthSession"
  FOR EACH ROW EXECUTE FUNCTION auth_session_role_is_own();

-- Disabling a person, or removing or ending one of their role assignments, ends every session of that
-- person at once, in the same transaction as the change, whichever code (or console) makes it.
CREATE FUNCTION auth_session_revoke_for_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  subject TEXT;
BEGIN
  -- Two branches, not CASE: PL/pgSQL would resolve OLD."personId" on a Person row too.
  IF TG_TABLE_NAME = 'Person' THEN
    subject := NEW.id;
  ELSE
    subject := OLD."personId";
  END IF;
  UPDATE "AuthSession" SET "revokedAt" = now(), "revokedReason" = TG_ARGV[0]
   WHERE "personId" = subject AND "revokedAt" IS NULL;
  RETURN NULL;
END $$;
CREATE TRIGGER "Person_disabled_ends_sessions" AFTER UPDATE OF "disabledAt" ON "Person"
  FOR EACH ROW WHEN (OLD."disabledAt" IS NULL AND NEW."disabledAt" IS NOT NULL)
  EXECUTE FUNCTION auth_session_revoke_for_person('person-deaktivert');
CREATE TRIGGER "RoleAssignment_removed_ends_sessions" AFTER DELETE ON "RoleAssignment"
  FOR EACH ROW EXECUTE FUNCTION auth_session_revoke_for_person('rolle-fjernet');
CREATE TRIGGER "RoleAssignment_ended_ends_sessions" AFTER UPDATE OF "validTo" ON "RoleAssignment"
  FOR EACH ROW WHEN (NEW."validTo" IS NOT NULL AND NEW."validTo" <= now() AND (OLD."validTo" IS NULL OR OLD."validTo" > now()))
  EXECUTE FUNCTION auth_session_revoke_for_person('rolle-avsluttet');

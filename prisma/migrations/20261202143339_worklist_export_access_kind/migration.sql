-- AlterEnum
ALTER TYPE "AccessKind" ADD VALUE 'WORKLIST_EXPORT';

-- Hand-written (docs/decisions/0008): a work-list export, like the registry export, names no single LIS
-- but how many it held. Compared as text: a value added to an enum cannot be used in the same transaction.
ALTER TABLE "AccessLog" DROP CONSTRAINT "AccessLog_subject_check";
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_subject_check" CHECK ((("what"::text IN ('FE_REGISTRY_EXPORT', 'WORKLIST_EXPORT')) = ("subjectPersonId" IS NULL)));

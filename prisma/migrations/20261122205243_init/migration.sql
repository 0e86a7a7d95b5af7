-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('HELSEFORETAK', 'PRIVAT_SYKEHUS', 'AVTALESPESIALIST', 'PRIVAT_INSTITUSJON', 'IDEELL_INSTITUSJON');

-- CreateEnum
CREATE TYPE "AllocationRule" AS ENUM ('HELSE_NORD', 'OUS', 'EGEN');

-- CreateEnum
CREATE TYPE "DepartmentKind" AS ENUM ('KLINIKK', 'AVDELING', 'SEKSJON');

-- CreateEnum
CREATE TYPE "LearningGoalKind" AS ENUM ('SPESIALITET', 'FKM');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LIS', 'LEDER', 'LOKAL_KOORDINATOR', 'REGIONAL_KOORDINATOR');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('FAST', 'VIKARIAT');

-- CreateEnum
CREATE TYPE "LisPart" AS ENUM ('DEL2', 'DEL3');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('UTKAST', 'TIL_GODKJENNING', 'RETURNERT', 'GODKJENT', 'ERSTATTET', 'FORKASTET');

-- CreateEnum
CREATE TYPE "PlanPeriodKind" AS ENUM ('HJEMME', 'SPESIALISERINGSPERIODE');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('BEHOV', 'ONSKE', 'I_KO', 'TILBUDT', 'AVTALT', 'PAGAR', 'GJENNOMFORT', 'AVBRUTT');

-- CreateEnum
CREATE TYPE "CapacityUnit" AS ENUM ('PER_AR', 'PER_SEMESTER', 'VARSEMESTER', 'HOSTSEMESTER');

-- CreateEnum
CREATE TYPE "IntakeProcedure" AS ENUM ('HELSE_NORD_TILDELING', 'EGET_SKJEMA');

-- CreateEnum
CREATE TYPE "FagavtaleGoalRole" AS ENUM ('DEKKES', 'FORKUNNSKAP');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('APEN', 'BESATT', 'TRUKKET');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('TILBUDT', 'AKSEPTERT', 'AVSLATT', 'UTLOPT', 'TRUKKET');

-- CreateEnum
CREATE TYPE "ConflictStatus" AS ENUM ('APEN', 'ESKALERT', 'LOST');

-- CreateEnum
CREATE TYPE "ConflictLevel" AS ENUM ('AVDELING', 'FAGSJEF');

-- CreateEnum
CREATE TYPE "ConflictStepKind" AS ENUM ('OPPRETTET', 'VURDERING', 'ESKALERT', 'AVGJORT');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'HELSEFORETAK',
    "regionId" TEXT,
    "allocationRule" "AllocationRule" NOT NULL DEFAULT 'HELSE_NORD',
    "planDeadlineWeeks" INTEGER NOT NULL DEFAULT 4,
    "feUnitName" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DepartmentKind" NOT NULL DEFAULT 'AVDELING',
    "parentId" TEXT,
    "specialtyId" TEXT,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specialty" (
    "id" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "hasPart2" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Specialty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningGoal" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "LearningGoalKind" NOT NULL,
    "specialtyId" TEXT,

    CONSTRAINT "LearningGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "hprNumber" TEXT,
    "activeRoleAssignmentId" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "departmentId" TEXT,
    "regionId" TEXT,
    "validFrom" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMPTZ(3),

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "specialtyId" TEXT NOT NULL,
    "type" "EmploymentType" NOT NULL,
    "part" "LisPart" NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AchievedLearningGoal" (
    "personId" TEXT NOT NULL,
    "learningGoalId" TEXT NOT NULL,
    "achievedOn" DATE NOT NULL,
    "confirmedById" TEXT,

    CONSTRAINT "AchievedLearningGoal_pkey" PRIMARY KEY ("personId","learningGoalId")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "employmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'UTKAST',
    "courses" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "basedOnVersionId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "returnedAt" TIMESTAMPTZ(3),
    "returnComment" TEXT,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPeriod" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "kind" "PlanPeriodKind" NOT NULL,
    "departmentId" TEXT,
    "fagavtaleId" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "shortDurationReason" TEXT,
    "learningActivities" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSignature" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeRegistration" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "employmentId" TEXT NOT NULL,
    "basedOnPlanVersionId" TEXT NOT NULL,
    "registeredOn" DATE NOT NULL,
    "endedOn" DATE,
    "endReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeRegistrationCorrection" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "oldDate" DATE NOT NULL,
    "newDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeRegistrationCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Spesialiseringsperiode" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "feRegistrationId" TEXT,
    "fagavtaleId" TEXT NOT NULL,
    "receivingOrganisationId" TEXT NOT NULL,
    "specialtyId" TEXT NOT NULL,
    "planPeriodId" TEXT,
    "status" "PeriodStatus" NOT NULL DEFAULT 'BEHOV',
    "desiredStart" DATE NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "queueDate" DATE,
    "sendingRank" INTEGER,
    "sendingRankReason" TEXT,
    "agreedStart" DATE,
    "agreedEnd" DATE,
    "leaveAutomatic" BOOLEAN NOT NULL DEFAULT false,
    "statusReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Spesialiseringsperiode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeForm" (
    "id" TEXT NOT NULL,
    "spesialiseringsperiodeId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "filledById" TEXT NOT NULL,
    "filledAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaderApprovedById" TEXT,
    "leaderApprovedAt" TIMESTAMPTZ(3),
    "forwardedById" TEXT,
    "forwardedAt" TIMESTAMPTZ(3),
    "receivedOn" DATE,
    "needsResend" BOOLEAN NOT NULL DEFAULT false,
    "resendReason" TEXT,

    CONSTRAINT "IntakeForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fagavtale" (
    "id" TEXT NOT NULL,
    "homeOrganisationId" TEXT NOT NULL,
    "partnerOrganisationId" TEXT NOT NULL,
    "specialtyId" TEXT NOT NULL,
    "partnerDepartmentId" TEXT,
    "arenaName" TEXT NOT NULL,
    "normertTidMonths" INTEGER NOT NULL,
    "capacityCount" INTEGER NOT NULL,
    "capacityUnit" "CapacityUnit" NOT NULL,
    "intakeProcedure" "IntakeProcedure" NOT NULL DEFAULT 'HELSE_NORD_TILDELING',
    "contactName" TEXT,
    "contactEmail" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Fagavtale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FagavtaleLearningGoal" (
    "fagavtaleId" TEXT NOT NULL,
    "learningGoalId" TEXT NOT NULL,
    "role" "FagavtaleGoalRole" NOT NULL,

    CONSTRAINT "FagavtaleLearningGoal_pkey" PRIMARY KEY ("fagavtaleId","learningGoalId")
);

-- CreateTable
CREATE TABLE "FagavtaleVersion" (
    "id" TEXT NOT NULL,
    "fagavtaleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FagavtaleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityUse" (
    "id" TEXT NOT NULL,
    "fagavtaleId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "offerId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacityUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "specialtyId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "posts" INTEGER NOT NULL DEFAULT 1,
    "startWindowDays" INTEGER NOT NULL DEFAULT 90,
    "status" "VacancyStatus" NOT NULL DEFAULT 'APEN',
    "drawSeed" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "postNumber" INTEGER NOT NULL,
    "spesialiseringsperiodeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'TILBUDT',
    "rankAtOffer" INTEGER NOT NULL,
    "deviationReason" TEXT,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "offeredById" TEXT NOT NULL,
    "offeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMPTZ(3),
    "responseReason" TEXT,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "status" "ConflictStatus" NOT NULL DEFAULT 'APEN',
    "level" "ConflictLevel" NOT NULL DEFAULT 'AVDELING',
    "facts" JSONB NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedPeriodId" TEXT,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictCandidate" (
    "conflictId" TEXT NOT NULL,
    "spesialiseringsperiodeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ConflictCandidate_pkey" PRIMARY KEY ("conflictId","spesialiseringsperiodeId")
);

-- CreateTable
CREATE TABLE "ConflictStep" (
    "id" TEXT NOT NULL,
    "conflictId" TEXT NOT NULL,
    "kind" "ConflictStepKind" NOT NULL,
    "level" "ConflictLevel" NOT NULL,
    "byId" TEXT,
    "byRole" "Role",
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipientPersonId" TEXT,
    "recipientOrganisationId" TEXT,
    "toEmail" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "readAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_shortName_key" ON "Organisation"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "Department_organisationId_name_key" ON "Department"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Specialty_code_key" ON "Specialty"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Specialty_name_key" ON "Specialty"("name");

-- CreateIndex
CREATE UNIQUE INDEX "LearningGoal_code_key" ON "LearningGoal"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Person_hprNumber_key" ON "Person"("hprNumber");

-- CreateIndex
CREATE INDEX "RoleAssignment_personId_idx" ON "RoleAssignment"("personId");

-- CreateIndex
CREATE INDEX "Employment_personId_idx" ON "Employment"("personId");

-- CreateIndex
CREATE INDEX "Employment_departmentId_idx" ON "Employment"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_employmentId_key" ON "Plan"("employmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_versionNumber_key" ON "PlanVersion"("planId", "versionNumber");

-- CreateIndex
CREATE INDEX "PlanPeriod_versionId_idx" ON "PlanPeriod"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSignature_versionId_role_key" ON "PlanSignature"("versionId", "role");

-- CreateIndex
CREATE INDEX "FeRegistration_organisationId_idx" ON "FeRegistration"("organisationId");

-- CreateIndex
CREATE INDEX "Spesialiseringsperiode_personId_idx" ON "Spesialiseringsperiode"("personId");

-- CreateIndex
CREATE INDEX "Spesialiseringsperiode_receivingOrganisationId_specialtyId__idx" ON "Spesialiseringsperiode"("receivingOrganisationId", "specialtyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeForm_spesialiseringsperiodeId_key" ON "IntakeForm"("spesialiseringsperiodeId");

-- CreateIndex
CREATE INDEX "Fagavtale_partnerOrganisationId_specialtyId_idx" ON "Fagavtale"("partnerOrganisationId", "specialtyId");

-- CreateIndex
CREATE INDEX "Fagavtale_homeOrganisationId_idx" ON "Fagavtale"("homeOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "FagavtaleVersion_fagavtaleId_version_key" ON "FagavtaleVersion"("fagavtaleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityUse_offerId_key" ON "CapacityUse"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityUse_fagavtaleId_term_slot_key" ON "CapacityUse"("fagavtaleId", "term", "slot");

-- CreateIndex
CREATE INDEX "Vacancy_organisationId_specialtyId_status_idx" ON "Vacancy"("organisationId", "specialtyId", "status");

-- CreateIndex
CREATE INDEX "Offer_vacancyId_idx" ON "Offer"("vacancyId");

-- CreateIndex
CREATE INDEX "Offer_personId_idx" ON "Offer"("personId");

-- CreateIndex
CREATE INDEX "Conflict_vacancyId_idx" ON "Conflict"("vacancyId");

-- CreateIndex
CREATE INDEX "Notification_recipientPersonId_readAt_idx" ON "Notification"("recipientPersonId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_sentAt_idx" ON "Notification"("sentAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningGoal" ADD CONSTRAINT "LearningGoal_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievedLearningGoal" ADD CONSTRAINT "AchievedLearningGoal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievedLearningGoal" ADD CONSTRAINT "AchievedLearningGoal_learningGoalId_fkey" FOREIGN KEY ("learningGoalId") REFERENCES "LearningGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AchievedLearningGoal" ADD CONSTRAINT "AchievedLearningGoal_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_employmentId_fkey" FOREIGN KEY ("employmentId") REFERENCES "Employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_fagavtaleId_fkey" FOREIGN KEY ("fagavtaleId") REFERENCES "Fagavtale"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_employmentId_fkey" FOREIGN KEY ("employmentId") REFERENCES "Employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_basedOnPlanVersionId_fkey" FOREIGN KEY ("basedOnPlanVersionId") REFERENCES "PlanVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeRegistrationCorrection" ADD CONSTRAINT "FeRegistrationCorrection_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "FeRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_feRegistrationId_fkey" FOREIGN KEY ("feRegistrationId") REFERENCES "FeRegistration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_fagavtaleId_fkey" FOREIGN KEY ("fagavtaleId") REFERENCES "Fagavtale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_receivingOrganisationId_fkey" FOREIGN KEY ("receivingOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_planPeriodId_fkey" FOREIGN KEY ("planPeriodId") REFERENCES "PlanPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeForm" ADD CONSTRAINT "IntakeForm_spesialiseringsperiodeId_fkey" FOREIGN KEY ("spesialiseringsperiodeId") REFERENCES "Spesialiseringsperiode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_homeOrganisationId_fkey" FOREIGN KEY ("homeOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_partnerDepartmentId_fkey" FOREIGN KEY ("partnerDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FagavtaleLearningGoal" ADD CONSTRAINT "FagavtaleLearningGoal_fagavtaleId_fkey" FOREIGN KEY ("fagavtaleId") REFERENCES "Fagavtale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FagavtaleLearningGoal" ADD CONSTRAINT "FagavtaleLearningGoal_learningGoalId_fkey" FOREIGN KEY ("learningGoalId") REFERENCES "LearningGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FagavtaleVersion" ADD CONSTRAINT "FagavtaleVersion_fagavtaleId_fkey" FOREIGN KEY ("fagavtaleId") REFERENCES "Fagavtale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityUse" ADD CONSTRAINT "CapacityUse_fagavtaleId_fkey" FOREIGN KEY ("fagavtaleId") REFERENCES "Fagavtale"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityUse" ADD CONSTRAINT "CapacityUse_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_specialtyId_fkey" FOREIGN KEY ("specialtyId") REFERENCES "Specialty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_spesialiseringsperiodeId_fkey" FOREIGN KEY ("spesialiseringsperiodeId") REFERENCES "Spesialiseringsperiode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_offeredById_fkey" FOREIGN KEY ("offeredById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictCandidate" ADD CONSTRAINT "ConflictCandidate_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictCandidate" ADD CONSTRAINT "ConflictCandidate_spesialiseringsperiodeId_fkey" FOREIGN KEY ("spesialiseringsperiodeId") REFERENCES "Spesialiseringsperiode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictCandidate" ADD CONSTRAINT "ConflictCandidate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictStep" ADD CONSTRAINT "ConflictStep_conflictId_fkey" FOREIGN KEY ("conflictId") REFERENCES "Conflict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictStep" ADD CONSTRAINT "ConflictStep_byId_fkey" FOREIGN KEY ("byId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientPersonId_fkey" FOREIGN KEY ("recipientPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientOrganisationId_fkey" FOREIGN KEY ("recipientOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Hand-written constraints (the end of this migration) ───
-- Invariants Prisma's schema language cannot express. Appended to the initial migration; see
-- docs/decisions/0002-database-constraints.md. Each constraint has a test in
-- tests/integration/database-constraints.test.ts showing the database refusing a bad row.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- People and roles
ALTER TABLE "Person" ADD CONSTRAINT "Person_email_lower_check" CHECK (email = lower(email) AND email LIKE '%_@_%');
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_scope_check" CHECK (
  (role = 'LIS' AND "organisationId" IS NOT NULL AND "departmentId" IS NULL AND "regionId" IS NULL) OR
  (role = 'LEDER' AND "departmentId" IS NOT NULL AND "organisationId" IS NULL AND "regionId" IS NULL) OR
  (role = 'LOKAL_KOORDINATOR' AND "organisationId" IS NOT NULL AND "departmentId" IS NULL AND "regionId" IS NULL) OR
  (role = 'REGIONAL_KOORDINATOR' AND "regionId" IS NOT NULL AND "organisationId" IS NULL AND "departmentId" IS NULL)
);
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_valid_range_check" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");
-- An expression index (not NULLS NOT DISTINCT, which Prisma's diff would try to drop).
CREATE UNIQUE INDEX "RoleAssignment_person_role_scope_key" ON "RoleAssignment" ("personId", role, COALESCE("organisationId", ''), COALESCE("departmentId", ''), COALESCE("regionId", ''));

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_plan_deadline_check" CHECK ("planDeadlineWeeks" BETWEEN 1 AND 52);

-- Employment: a vikariat has an end date (seed 000: registered in FE only from 6 months).
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_dates_check" CHECK ("endDate" IS NULL OR "endDate" > "startDate");
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_vikariat_end_check" CHECK (type <> 'VIKARIAT' OR "endDate" IS NOT NULL);

-- Gjennomføringsplan: one open draft and one approved version per plan at a time.
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_number_check" CHECK ("versionNumber" >= 1 AND "lockVersion" >= 0);
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_approved_check" CHECK (
  status NOT IN ('GODKJENT', 'ERSTATTET') OR ("approvedAt" IS NOT NULL AND "expiresAt" IS NOT NULL AND "expiresAt" > "approvedAt")
);
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_returned_comment_check" CHECK (
  status <> 'RETURNERT' OR ("returnComment" IS NOT NULL AND length(btrim("returnComment")) > 0)
);
CREATE UNIQUE INDEX "PlanVersion_one_open_per_plan_key" ON "PlanVersion" ("planId") WHERE status IN ('UTKAST', 'TIL_GODKJENNING', 'RETURNERT');
CREATE UNIQUE INDEX "PlanVersion_one_approved_per_plan_key" ON "PlanVersion" ("planId") WHERE status = 'GODKJENT';

ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_dates_check" CHECK ("endDate" > "startDate");
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_kind_check" CHECK (
  (kind = 'HJEMME' AND "departmentId" IS NOT NULL AND "fagavtaleId" IS NULL) OR
  (kind = 'SPESIALISERINGSPERIODE' AND "fagavtaleId" IS NOT NULL)
);
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_no_overlap" EXCLUDE USING gist (
  "versionId" WITH =, daterange("startDate", "endDate", '[)') WITH &&
);
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_role_check" CHECK (role IN ('LIS', 'LEDER', 'LOKAL_KOORDINATOR'));

-- Fiktiv enhet: one active registration per person and trust; corrections carry a reason.
CREATE UNIQUE INDEX "FeRegistration_one_active_key" ON "FeRegistration" ("personId", "organisationId") WHERE "endedOn" IS NULL;
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_dates_check" CHECK ("endedOn" IS NULL OR "endedOn" >= "registeredOn");
ALTER TABLE "FeRegistrationCorrection" ADD CONSTRAINT "FeRegistrationCorrection_reason_check" CHECK (length(btrim(reason)) > 0);

-- Spesialiseringsperioder: wishes at one receiving trust at a time (seed 000 §a);
-- no two agreed periods of one LIS overlap.
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_duration_check" CHECK ("durationMonths" > 0);
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_rank_check" CHECK ("sendingRank" IS NULL OR "sendingRank" >= 1);
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_agreed_check" CHECK (
  ("agreedEnd" IS NULL OR ("agreedStart" IS NOT NULL AND "agreedEnd" > "agreedStart")) AND
  (status NOT IN ('AVTALT', 'PAGAR', 'GJENNOMFORT') OR ("agreedStart" IS NOT NULL AND "agreedEnd" IS NOT NULL))
);
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_one_receiving_trust" EXCLUDE USING gist (
  "personId" WITH =, "receivingOrganisationId" WITH <>
) WHERE (status IN ('ONSKE', 'I_KO', 'TILBUDT'));
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_no_overlap" EXCLUDE USING gist (
  "personId" WITH =, daterange("agreedStart", "agreedEnd", '[)') WITH &&
) WHERE (status IN ('AVTALT', 'PAGAR', 'GJENNOMFORT'));

-- Fagavtaler and capacity
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_parties_check" CHECK ("homeOrganisationId" <> "partnerOrganisationId");
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_numbers_check" CHECK ("normertTidMonths" > 0 AND "capacityCount" >= 0 AND version >= 1);
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_dates_check" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");
ALTER TABLE "CapacityUse" ADD CONSTRAINT "CapacityUse_slot_check" CHECK (slot >= 1);

-- Allocation: a post is held by one live offer; a LIS has one open offer; a period one live offer.
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_numbers_check" CHECK (posts >= 1 AND "durationMonths" > 0 AND "startWindowDays" >= 0);
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_post_check" CHECK ("postNumber" >= 1 AND "rankAtOffer" >= 1);
CREATE UNIQUE INDEX "Offer_one_live_per_post_key" ON "Offer" ("vacancyId", "postNumber") WHERE status IN ('TILBUDT', 'AKSEPTERT');
CREATE UNIQUE INDEX "Offer_one_open_per_person_key" ON "Offer" ("personId") WHERE status = 'TILBUDT';
CREATE UNIQUE INDEX "Offer_one_live_per_period_key" ON "Offer" ("spesialiseringsperiodeId") WHERE status IN ('TILBUDT', 'AKSEPTERT');
ALTER TABLE "ConflictStep" ADD CONSTRAINT "ConflictStep_reason_check" CHECK (length(btrim(reason)) > 0);

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipient_check" CHECK (
  "recipientPersonId" IS NOT NULL OR "recipientOrganisationId" IS NOT NULL OR "toEmail" IS NOT NULL
);

-- The audit log is append-only.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog kan ikke endres eller slettes (append-only)';
END;
$$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

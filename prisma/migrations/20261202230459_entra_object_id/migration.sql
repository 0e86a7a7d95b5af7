-- CreateEnum
CREATE TYPE "EntraLinkStatus" AS ENUM ('VENTER', 'BEKREFTET', 'AVVIST');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "entraObjectId" TEXT;

-- CreateTable
CREATE TABLE "EntraLinkRequest" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "tenantId" TEXT,
    "email" TEXT NOT NULL,
    "nameInToken" TEXT,
    "status" "EntraLinkStatus" NOT NULL DEFAULT 'VENTER',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,

    CONSTRAINT "EntraLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EntraLinkRequest_personId_status_idx" ON "EntraLinkRequest"("personId", "status");

-- CreateIndex
CREATE INDEX "EntraLinkRequest_objectId_status_idx" ON "EntraLinkRequest"("objectId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Person_entraObjectId_key" ON "Person"("entraObjectId");

-- AddForeignKey
ALTER TABLE "EntraLinkRequest" ADD CONSTRAINT "EntraLinkRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntraLinkRequest" ADD CONSTRAINT "EntraLinkRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

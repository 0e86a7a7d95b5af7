-- CreateTable
CREATE TABLE "PeriodGoalReached" (
    "spesialiseringsperiodeId" TEXT NOT NULL,
    "learningGoalId" TEXT NOT NULL,
    "reachedOn" DATE NOT NULL,
    "markedById" TEXT NOT NULL,
    "markedRole" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodGoalReached_pkey" PRIMARY KEY ("spesialiseringsperiodeId","learningGoalId")
);

-- CreateIndex
CREATE INDEX "PeriodGoalReached_learningGoalId_idx" ON "PeriodGoalReached"("learningGoalId");

-- AddForeignKey
ALTER TABLE "PeriodGoalReached" ADD CONSTRAINT "PeriodGoalReached_spesialiseringsperiodeId_fkey" FOREIGN KEY ("spesialiseringsperiodeId") REFERENCES "Spesialiseringsperiode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodGoalReached" ADD CONSTRAINT "PeriodGoalReached_learningGoalId_fkey" FOREIGN KEY ("learningGoalId") REFERENCES "LearningGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodGoalReached" ADD CONSTRAINT "PeriodGoalReached_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Plausible days (issue 11 §5): every calendar date lies in 2000-01-01 .. 2100-12-31; an exclusive
-- end date may be the day after (2101-01-01). The same range as lib/domain/plausible-day.ts, so no
-- stored value can make a page crash (a plan saved "til og med 31.12.9999" used to be stored as 10000-01-01).
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_startDate_plausible_check" CHECK ("startDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_endDate_plausible_check" CHECK ("endDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "AchievedLearningGoal" ADD CONSTRAINT "AchievedLearningGoal_achievedOn_plausible_check" CHECK ("achievedOn" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_startDate_plausible_check" CHECK ("startDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "PlanPeriod" ADD CONSTRAINT "PlanPeriod_endDate_plausible_check" CHECK ("endDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_registeredOn_plausible_check" CHECK ("registeredOn" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "FeRegistration" ADD CONSTRAINT "FeRegistration_endedOn_plausible_check" CHECK ("endedOn" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "FeRegistrationCorrection" ADD CONSTRAINT "FeRegistrationCorrection_oldDate_plausible_check" CHECK ("oldDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "FeRegistrationCorrection" ADD CONSTRAINT "FeRegistrationCorrection_newDate_plausible_check" CHECK ("newDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_desiredStart_plausible_check" CHECK ("desiredStart" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_queueDate_plausible_check" CHECK ("queueDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_agreedStart_plausible_check" CHECK ("agreedStart" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Spesialiseringsperiode" ADD CONSTRAINT "Spesialiseringsperiode_agreedEnd_plausible_check" CHECK ("agreedEnd" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "IntakeForm" ADD CONSTRAINT "IntakeForm_receivedOn_plausible_check" CHECK ("receivedOn" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_validFrom_plausible_check" CHECK ("validFrom" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Fagavtale" ADD CONSTRAINT "Fagavtale_validTo_plausible_check" CHECK ("validTo" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_startDate_plausible_check" CHECK ("startDate" BETWEEN DATE '2000-01-01' AND DATE '2101-01-01');

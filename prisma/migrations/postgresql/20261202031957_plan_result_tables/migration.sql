-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "archive" BYTEA,
ADD COLUMN     "statusReason" TEXT,
ADD COLUMN     "warnings" TEXT;

-- CreateTable
CREATE TABLE "PlanYear" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "checkpoint" BOOLEAN NOT NULL,
    "demand" DOUBLE PRECISION NOT NULL,
    "placedRung1" DOUBLE PRECISION NOT NULL,
    "placedRung2" DOUBLE PRECISION NOT NULL,
    "placedRung3" DOUBLE PRECISION NOT NULL,
    "placedRung4" DOUBLE PRECISION NOT NULL,
    "placedRung5" DOUBLE PRECISION NOT NULL,
    "unmetNoCapacity" DOUBLE PRECISION NOT NULL,
    "unmetOutOfReach" DOUBLE PRECISION NOT NULL,
    "nationalProvisionPupils" DOUBLE PRECISION NOT NULL,
    "travelPupils" DOUBLE PRECISION NOT NULL,
    "meanKm" DOUBLE PRECISION NOT NULL,
    "p90Km" DOUBLE PRECISION NOT NULL,
    "maxKm" DOUBLE PRECISION NOT NULL,
    "pupilKm" DOUBLE PRECISION NOT NULL,
    "transportCost" DOUBLE PRECISION NOT NULL,
    "fteNeeded" DOUBLE PRECISION NOT NULL,
    "actionCost" DOUBLE PRECISION NOT NULL,
    "objectiveUnmet" DOUBLE PRECISION NOT NULL,
    "objectiveSegregation" DOUBLE PRECISION NOT NULL,
    "objectiveTravel" DOUBLE PRECISION NOT NULL,
    "objectiveCost" DOUBLE PRECISION NOT NULL,
    "objectiveTotal" DOUBLE PRECISION NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanCoverage" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "zone" TEXT NOT NULL,
    "gemeente" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "demand" DOUBLE PRECISION NOT NULL,
    "placedRung1" DOUBLE PRECISION NOT NULL,
    "placedRung2" DOUBLE PRECISION NOT NULL,
    "placedRung3" DOUBLE PRECISION NOT NULL,
    "placedRung4" DOUBLE PRECISION NOT NULL,
    "placedRung5" DOUBLE PRECISION NOT NULL,
    "unmetNoCapacity" DOUBLE PRECISION NOT NULL,
    "unmetOutOfReach" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PlanCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGemeenteGap" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "gemeente" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unmetNoCapacity" DOUBLE PRECISION NOT NULL,
    "unmetOutOfReach" DOUBLE PRECISION NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanGemeenteGap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanUtilisation" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "provision" TEXT NOT NULL,
    "category" TEXT,
    "year" INTEGER NOT NULL,
    "used" DOUBLE PRECISION NOT NULL,
    "capacity" DOUBLE PRECISION,
    "dualValue" DOUBLE PRECISION,
    "dualUnmetEquivalent" DOUBLE PRECISION,
    "hidden" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanUtilisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "category" TEXT,
    "quantity" DOUBLE PRECISION NOT NULL,
    "cost" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTransport" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "gemeente" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "pupils" DOUBLE PRECISION NOT NULL,
    "km" DOUBLE PRECISION NOT NULL,
    "cost" DOUBLE PRECISION NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PlanTransport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSpecialist" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "pool" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT,
    "year" INTEGER NOT NULL,
    "hoursNeeded" DOUBLE PRECISION NOT NULL,
    "hoursAvailable" DOUBLE PRECISION NOT NULL,
    "fteNeeded" DOUBLE PRECISION NOT NULL,
    "fteAvailable" DOUBLE PRECISION NOT NULL,
    "fteAdded" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PlanSpecialist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTravelBin" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "km" INTEGER NOT NULL,
    "pupils" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "PlanTravelBin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanProvision" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "rung" INTEGER NOT NULL,
    "gemeente" TEXT,
    "region" TEXT,
    "accessible" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "hostSchool" TEXT,

    CONSTRAINT "PlanProvision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanYear_planId_year_key" ON "PlanYear"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanCoverage_planId_year_idx" ON "PlanCoverage"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanGemeenteGap_planId_year_idx" ON "PlanGemeenteGap"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanUtilisation_planId_year_idx" ON "PlanUtilisation"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanAction_planId_year_idx" ON "PlanAction"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanTransport_planId_year_idx" ON "PlanTransport"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanSpecialist_planId_year_idx" ON "PlanSpecialist"("planId", "year");

-- CreateIndex
CREATE INDEX "PlanTravelBin_planId_year_idx" ON "PlanTravelBin"("planId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanProvision_planId_code_key" ON "PlanProvision"("planId", "code");

-- AddForeignKey
ALTER TABLE "PlanYear" ADD CONSTRAINT "PlanYear_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCoverage" ADD CONSTRAINT "PlanCoverage_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGemeenteGap" ADD CONSTRAINT "PlanGemeenteGap_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUtilisation" ADD CONSTRAINT "PlanUtilisation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTransport" ADD CONSTRAINT "PlanTransport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSpecialist" ADD CONSTRAINT "PlanSpecialist_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTravelBin" ADD CONSTRAINT "PlanTravelBin_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanProvision" ADD CONSTRAINT "PlanProvision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

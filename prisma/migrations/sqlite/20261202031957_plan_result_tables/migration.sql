-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "archive" BLOB;
ALTER TABLE "Plan" ADD COLUMN "statusReason" TEXT;
ALTER TABLE "Plan" ADD COLUMN "warnings" TEXT;

-- CreateTable
CREATE TABLE "PlanYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "checkpoint" BOOLEAN NOT NULL,
    "demand" REAL NOT NULL,
    "placedRung1" REAL NOT NULL,
    "placedRung2" REAL NOT NULL,
    "placedRung3" REAL NOT NULL,
    "placedRung4" REAL NOT NULL,
    "placedRung5" REAL NOT NULL,
    "unmetNoCapacity" REAL NOT NULL,
    "unmetOutOfReach" REAL NOT NULL,
    "nationalProvisionPupils" REAL NOT NULL,
    "travelPupils" REAL NOT NULL,
    "meanKm" REAL NOT NULL,
    "p90Km" REAL NOT NULL,
    "maxKm" REAL NOT NULL,
    "pupilKm" REAL NOT NULL,
    "transportCost" REAL NOT NULL,
    "fteNeeded" REAL NOT NULL,
    "actionCost" REAL NOT NULL,
    "objectiveUnmet" REAL NOT NULL,
    "objectiveSegregation" REAL NOT NULL,
    "objectiveTravel" REAL NOT NULL,
    "objectiveCost" REAL NOT NULL,
    "objectiveTotal" REAL NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PlanYear_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanCoverage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "zone" TEXT NOT NULL,
    "gemeente" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "demand" REAL NOT NULL,
    "placedRung1" REAL NOT NULL,
    "placedRung2" REAL NOT NULL,
    "placedRung3" REAL NOT NULL,
    "placedRung4" REAL NOT NULL,
    "placedRung5" REAL NOT NULL,
    "unmetNoCapacity" REAL NOT NULL,
    "unmetOutOfReach" REAL NOT NULL,
    CONSTRAINT "PlanCoverage_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanGemeenteGap" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "gemeente" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unmetNoCapacity" REAL NOT NULL,
    "unmetOutOfReach" REAL NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PlanGemeenteGap_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanUtilisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "provision" TEXT NOT NULL,
    "category" TEXT,
    "year" INTEGER NOT NULL,
    "used" REAL NOT NULL,
    "capacity" REAL,
    "dualValue" REAL,
    "dualUnmetEquivalent" REAL,
    "hidden" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PlanUtilisation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "category" TEXT,
    "quantity" REAL NOT NULL,
    "cost" REAL NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanTransport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "gemeente" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "pupils" REAL NOT NULL,
    "km" REAL NOT NULL,
    "cost" REAL NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PlanTransport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanSpecialist" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "pool" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT,
    "year" INTEGER NOT NULL,
    "hoursNeeded" REAL NOT NULL,
    "hoursAvailable" REAL NOT NULL,
    "fteNeeded" REAL NOT NULL,
    "fteAvailable" REAL NOT NULL,
    "fteAdded" REAL NOT NULL,
    CONSTRAINT "PlanSpecialist_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanTravelBin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "km" INTEGER NOT NULL,
    "pupils" REAL NOT NULL,
    CONSTRAINT "PlanTravelBin_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanProvision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "rung" INTEGER NOT NULL,
    "gemeente" TEXT,
    "region" TEXT,
    "accessible" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "hostSchool" TEXT,
    CONSTRAINT "PlanProvision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

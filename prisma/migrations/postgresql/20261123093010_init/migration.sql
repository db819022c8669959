-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('PO', 'VO');

-- CreateEnum
CREATE TYPE "SchoolType" AS ENUM ('BAO', 'SBO', 'SO', 'VSO', 'VSO_COMBINED', 'VO', 'PRO');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('BASIS', 'EXTRA', 'REGIONAL_SPECIALIST', 'NATIONAL_SPECIALIST');

-- CreateEnum
CREATE TYPE "ProvisionScope" AS ENUM ('REGIONAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "DemandSource" AS ENUM ('COUNTED', 'ESTIMATED');

-- CreateEnum
CREATE TYPE "SupportLevel" AS ENUM ('NONE', 'BASIS', 'EXTRA');

-- CreateEnum
CREATE TYPE "HousingKind" AS ENUM ('NEW_BUILD', 'EXTENSION', 'RENOVATION', 'TEMPORARY');

-- CreateEnum
CREATE TYPE "ScenarioChangeKind" AS ENUM ('CAPACITY', 'NEW_PROVISION', 'SPECIALIST_FTE', 'DEMAND_SHIFT', 'WEIGHTS', 'BUDGET');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('QUEUED', 'RUNNING', 'OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('REGION_PLANNER', 'GEMEENTE', 'MINISTRY');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "budgetLight" DOUBLE PRECISION,
    "budgetHeavy" DOUBLE PRECISION,
    "reserves" DOUBLE PRECISION,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "boundary" JSONB NOT NULL,
    "poRegionId" INTEGER,
    "voRegionId" INTEGER,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolLocation" (
    "id" SERIAL NOT NULL,
    "vestigingscode" TEXT NOT NULL,
    "addressIndex" INTEGER NOT NULL DEFAULT 0,
    "brin" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "SchoolType" NOT NULL,
    "sector" "Sector" NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "pupils" INTEGER,
    "boardNumber" TEXT,
    "accessible" BOOLEAN,
    "postcode" TEXT,
    "pc4" TEXT,
    "place" TEXT,
    "gemeenteId" INTEGER NOT NULL,
    "regionId" INTEGER,

    CONSTRAINT "SchoolLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "tier" "Tier" NOT NULL,
    "allowedSettings" JSONB NOT NULL,
    "prevalencePoPer1000" DOUBLE PRECISION NOT NULL,
    "prevalenceVoPer1000" DOUBLE PRECISION NOT NULL,
    "maxTravelKmPo" DOUBLE PRECISION NOT NULL,
    "maxTravelKmVo" DOUBLE PRECISION NOT NULL,
    "needsAccessibleBuilding" BOOLEAN NOT NULL,
    "specialistKind" TEXT,
    "hoursPerPupilPerWeek" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "NeedCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportProfile" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "level" "SupportLevel" NOT NULL,

    CONSTRAINT "SupportProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rung" INTEGER NOT NULL,
    "scope" "ProvisionScope" NOT NULL DEFAULT 'REGIONAL',
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "costPerPlace" DOUBLE PRECISION NOT NULL,
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "isCandidate" BOOLEAN NOT NULL DEFAULT false,
    "openingCost" DOUBLE PRECISION,
    "minViableSize" INTEGER,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "hostSchoolId" INTEGER,
    "regionId" INTEGER,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisionCapacity" (
    "id" SERIAL NOT NULL,
    "provisionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,

    CONSTRAINT "ProvisionCapacity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialistPool" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fte" DOUBLE PRECISION NOT NULL,
    "costPerFte" DOUBLE PRECISION NOT NULL,
    "hoursPerFte" DOUBLE PRECISION NOT NULL DEFAULT 32,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "regionId" INTEGER,

    CONSTRAINT "SpecialistPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialistPoolCategory" (
    "id" SERIAL NOT NULL,
    "poolId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "hoursPerPupilPerWeek" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SpecialistPoolCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "pc4" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "population" INTEGER,
    "children0to14" INTEGER,
    "youth15to24" INTEGER,
    "gemeenteId" INTEGER,
    "poRegionId" INTEGER,
    "voRegionId" INTEGER,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Demand" (
    "id" SERIAL NOT NULL,
    "areaId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "sector" "Sector" NOT NULL,
    "year" INTEGER NOT NULL,
    "pupils" DOUBLE PRECISION NOT NULL,
    "source" "DemandSource" NOT NULL,

    CONSTRAINT "Demand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitingListCount" (
    "id" SERIAL NOT NULL,
    "provisionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "sinceMonth" TEXT NOT NULL,
    "pupils" INTEGER NOT NULL,

    CONSTRAINT "WaitingListCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HousingProject" (
    "id" SERIAL NOT NULL,
    "gemeenteId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "schoolId" INTEGER,
    "year" INTEGER NOT NULL,
    "kind" "HousingKind" NOT NULL,
    "classroomsAdded" INTEGER NOT NULL DEFAULT 0,
    "areaM2Added" DOUBLE PRECISION,
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HousingProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "regionId" INTEGER,
    "baseYear" INTEGER NOT NULL DEFAULT 2026,
    "weights" JSONB NOT NULL,
    "budget" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioChange" (
    "id" SERIAL NOT NULL,
    "scenarioId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ScenarioChangeKind" NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "ScenarioChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "scenarioId" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL,
    "objective" DOUBLE PRECISION,
    "bound" DOUBLE PRECISION,
    "solver" TEXT,
    "result" JSONB,
    "error" TEXT,
    "scenarioVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "gemeenteId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRegion" (
    "userId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "UserRegion_pkey" PRIMARY KEY ("userId","regionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_code_key" ON "Gemeente"("code");

-- CreateIndex
CREATE INDEX "Gemeente_poRegionId_idx" ON "Gemeente"("poRegionId");

-- CreateIndex
CREATE INDEX "Gemeente_voRegionId_idx" ON "Gemeente"("voRegionId");

-- CreateIndex
CREATE INDEX "SchoolLocation_regionId_idx" ON "SchoolLocation"("regionId");

-- CreateIndex
CREATE INDEX "SchoolLocation_gemeenteId_idx" ON "SchoolLocation"("gemeenteId");

-- CreateIndex
CREATE INDEX "SchoolLocation_lat_lon_idx" ON "SchoolLocation"("lat", "lon");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolLocation_vestigingscode_addressIndex_key" ON "SchoolLocation"("vestigingscode", "addressIndex");

-- CreateIndex
CREATE UNIQUE INDEX "NeedCategory_code_key" ON "NeedCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SupportProfile_schoolId_categoryId_key" ON "SupportProfile"("schoolId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_code_key" ON "Provision"("code");

-- CreateIndex
CREATE INDEX "Provision_regionId_idx" ON "Provision"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvisionCapacity_provisionId_categoryId_key" ON "ProvisionCapacity"("provisionId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialistPool_code_key" ON "SpecialistPool"("code");

-- CreateIndex
CREATE INDEX "SpecialistPool_regionId_idx" ON "SpecialistPool"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialistPoolCategory_poolId_categoryId_key" ON "SpecialistPoolCategory"("poolId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Area_pc4_key" ON "Area"("pc4");

-- CreateIndex
CREATE INDEX "Area_poRegionId_idx" ON "Area"("poRegionId");

-- CreateIndex
CREATE INDEX "Area_voRegionId_idx" ON "Area"("voRegionId");

-- CreateIndex
CREATE INDEX "Area_gemeenteId_idx" ON "Area"("gemeenteId");

-- CreateIndex
CREATE INDEX "Demand_categoryId_year_idx" ON "Demand"("categoryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Demand_areaId_categoryId_sector_year_key" ON "Demand"("areaId", "categoryId", "sector", "year");

-- CreateIndex
CREATE UNIQUE INDEX "WaitingListCount_provisionId_categoryId_sinceMonth_key" ON "WaitingListCount"("provisionId", "categoryId", "sinceMonth");

-- CreateIndex
CREATE UNIQUE INDEX "HousingProject_gemeenteId_name_key" ON "HousingProject"("gemeenteId", "name");

-- CreateIndex
CREATE INDEX "Scenario_regionId_idx" ON "Scenario"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioChange_scenarioId_position_key" ON "ScenarioChange"("scenarioId", "position");

-- CreateIndex
CREATE INDEX "Plan_scenarioId_idx" ON "Plan"("scenarioId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Gemeente" ADD CONSTRAINT "Gemeente_poRegionId_fkey" FOREIGN KEY ("poRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gemeente" ADD CONSTRAINT "Gemeente_voRegionId_fkey" FOREIGN KEY ("voRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolLocation" ADD CONSTRAINT "SchoolLocation_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolLocation" ADD CONSTRAINT "SchoolLocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportProfile" ADD CONSTRAINT "SupportProfile_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "SchoolLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportProfile" ADD CONSTRAINT "SupportProfile_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_hostSchoolId_fkey" FOREIGN KEY ("hostSchoolId") REFERENCES "SchoolLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionCapacity" ADD CONSTRAINT "ProvisionCapacity_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionCapacity" ADD CONSTRAINT "ProvisionCapacity_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialistPool" ADD CONSTRAINT "SpecialistPool_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialistPoolCategory" ADD CONSTRAINT "SpecialistPoolCategory_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "SpecialistPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialistPoolCategory" ADD CONSTRAINT "SpecialistPoolCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_poRegionId_fkey" FOREIGN KEY ("poRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_voRegionId_fkey" FOREIGN KEY ("voRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListCount" ADD CONSTRAINT "WaitingListCount_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitingListCount" ADD CONSTRAINT "WaitingListCount_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingProject" ADD CONSTRAINT "HousingProject_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HousingProject" ADD CONSTRAINT "HousingProject_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "SchoolLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioChange" ADD CONSTRAINT "ScenarioChange_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRegion" ADD CONSTRAINT "UserRegion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRegion" ADD CONSTRAINT "UserRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

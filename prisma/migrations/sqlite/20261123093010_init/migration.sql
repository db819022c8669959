-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "budgetLight" REAL,
    "budgetHeavy" REAL,
    "reserves" REAL
);

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "boundary" JSONB NOT NULL,
    "poRegionId" INTEGER,
    "voRegionId" INTEGER,
    CONSTRAINT "Gemeente_poRegionId_fkey" FOREIGN KEY ("poRegionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Gemeente_voRegionId_fkey" FOREIGN KEY ("voRegionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SchoolLocation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vestigingscode" TEXT NOT NULL,
    "addressIndex" INTEGER NOT NULL DEFAULT 0,
    "brin" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "pupils" INTEGER,
    "boardNumber" TEXT,
    "accessible" BOOLEAN,
    "postcode" TEXT,
    "pc4" TEXT,
    "place" TEXT,
    "gemeenteId" INTEGER NOT NULL,
    "regionId" INTEGER,
    CONSTRAINT "SchoolLocation_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SchoolLocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NeedCategory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "allowedSettings" JSONB NOT NULL,
    "prevalencePoPer1000" REAL NOT NULL,
    "prevalenceVoPer1000" REAL NOT NULL,
    "maxTravelKmPo" REAL NOT NULL,
    "maxTravelKmVo" REAL NOT NULL,
    "needsAccessibleBuilding" BOOLEAN NOT NULL,
    "specialistKind" TEXT,
    "hoursPerPupilPerWeek" REAL NOT NULL,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SupportProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    CONSTRAINT "SupportProfile_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "SchoolLocation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SupportProfile_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rung" INTEGER NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'REGIONAL',
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "costPerPlace" REAL NOT NULL,
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "isCandidate" BOOLEAN NOT NULL DEFAULT false,
    "openingCost" REAL,
    "minViableSize" INTEGER,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "hostSchoolId" INTEGER,
    "regionId" INTEGER,
    CONSTRAINT "Provision_hostSchoolId_fkey" FOREIGN KEY ("hostSchoolId") REFERENCES "SchoolLocation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Provision_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProvisionCapacity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provisionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,
    CONSTRAINT "ProvisionCapacity_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProvisionCapacity_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpecialistPool" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fte" REAL NOT NULL,
    "costPerFte" REAL NOT NULL,
    "hoursPerFte" REAL NOT NULL DEFAULT 32,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "regionId" INTEGER,
    CONSTRAINT "SpecialistPool_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpecialistPoolCategory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "poolId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "hoursPerPupilPerWeek" REAL NOT NULL,
    CONSTRAINT "SpecialistPoolCategory_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "SpecialistPool" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpecialistPoolCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Area" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pc4" TEXT NOT NULL,
    "lat" REAL,
    "lon" REAL,
    "population" INTEGER,
    "children0to14" INTEGER,
    "youth15to24" INTEGER,
    "gemeenteId" INTEGER,
    "poRegionId" INTEGER,
    "voRegionId" INTEGER,
    CONSTRAINT "Area_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Area_poRegionId_fkey" FOREIGN KEY ("poRegionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Area_voRegionId_fkey" FOREIGN KEY ("voRegionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Demand" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "areaId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "pupils" REAL NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "Demand_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Demand_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WaitingListCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provisionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "sinceMonth" TEXT NOT NULL,
    "pupils" INTEGER NOT NULL,
    CONSTRAINT "WaitingListCount_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitingListCount_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HousingProject" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gemeenteId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "schoolId" INTEGER,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "classroomsAdded" INTEGER NOT NULL DEFAULT 0,
    "areaM2Added" REAL,
    "accessible" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HousingProject_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HousingProject_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "SchoolLocation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "regionId" INTEGER,
    "baseYear" INTEGER NOT NULL DEFAULT 2026,
    "weights" JSONB NOT NULL,
    "budget" REAL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scenario_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Scenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScenarioChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scenarioId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    CONSTRAINT "ScenarioChange_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scenarioId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "objective" REAL,
    "bound" REAL,
    "solver" TEXT,
    "result" JSONB,
    "error" TEXT,
    "scenarioVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Plan_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "gemeenteId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UserRegion" (
    "userId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "regionId"),
    CONSTRAINT "UserRegion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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

-- CreateTable
CREATE TABLE "NationalScenario" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "changes" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NationalScenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NationalScenarioRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scenarioId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "scenarioVersion" INTEGER NOT NULL,
    "years" TEXT NOT NULL,
    "requestedById" INTEGER,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "applied" TEXT NOT NULL DEFAULT '',
    "warnings" TEXT NOT NULL DEFAULT '',
    "solveSeconds" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "NationalScenarioRun_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "NationalScenario" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NationalScenarioRun_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NationalScenarioRegionYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "demand" REAL NOT NULL,
    "placedRegular" REAL NOT NULL,
    "placedSbo" REAL NOT NULL,
    "placedNational" REAL NOT NULL,
    "placed" REAL NOT NULL,
    "unmet" REAL NOT NULL,
    "baselinePlanId" INTEGER,
    "baseDemand" REAL,
    "basePlacedRegular" REAL,
    "basePlacedSbo" REAL,
    "basePlacedNational" REAL,
    "basePlaced" REAL,
    "baseUnmet" REAL,
    CONSTRAINT "NationalScenarioRegionYear_runId_fkey" FOREIGN KEY ("runId") REFERENCES "NationalScenarioRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NationalScenarioRegionYear_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NationalScenarioRun_scenarioId_idx" ON "NationalScenarioRun"("scenarioId");

-- CreateIndex
CREATE INDEX "NationalScenarioRegionYear_regionId_idx" ON "NationalScenarioRegionYear"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "NationalScenarioRegionYear_runId_regionId_year_key" ON "NationalScenarioRegionYear"("runId", "regionId", "year");
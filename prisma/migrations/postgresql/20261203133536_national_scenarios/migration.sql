-- CreateTable
CREATE TABLE "NationalScenario" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "changes" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalScenarioRun" (
    "id" SERIAL NOT NULL,
    "scenarioId" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL,
    "statusReason" TEXT,
    "scenarioVersion" INTEGER NOT NULL,
    "years" TEXT NOT NULL,
    "requestedById" INTEGER,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "applied" TEXT NOT NULL DEFAULT '',
    "warnings" TEXT NOT NULL DEFAULT '',
    "solveSeconds" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "NationalScenarioRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalScenarioRegionYear" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "demand" DOUBLE PRECISION NOT NULL,
    "placedRegular" DOUBLE PRECISION NOT NULL,
    "placedSbo" DOUBLE PRECISION NOT NULL,
    "placedNational" DOUBLE PRECISION NOT NULL,
    "placed" DOUBLE PRECISION NOT NULL,
    "unmet" DOUBLE PRECISION NOT NULL,
    "baselinePlanId" INTEGER,
    "baseDemand" DOUBLE PRECISION,
    "basePlacedRegular" DOUBLE PRECISION,
    "basePlacedSbo" DOUBLE PRECISION,
    "basePlacedNational" DOUBLE PRECISION,
    "basePlaced" DOUBLE PRECISION,
    "baseUnmet" DOUBLE PRECISION,

    CONSTRAINT "NationalScenarioRegionYear_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NationalScenarioRun_scenarioId_idx" ON "NationalScenarioRun"("scenarioId");

-- CreateIndex
CREATE INDEX "NationalScenarioRegionYear_regionId_idx" ON "NationalScenarioRegionYear"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "NationalScenarioRegionYear_runId_regionId_year_key" ON "NationalScenarioRegionYear"("runId", "regionId", "year");

-- AddForeignKey
ALTER TABLE "NationalScenario" ADD CONSTRAINT "NationalScenario_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalScenarioRun" ADD CONSTRAINT "NationalScenarioRun_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "NationalScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalScenarioRun" ADD CONSTRAINT "NationalScenarioRun_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalScenarioRegionYear" ADD CONSTRAINT "NationalScenarioRegionYear_runId_fkey" FOREIGN KEY ("runId") REFERENCES "NationalScenarioRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalScenarioRegionYear" ADD CONSTRAINT "NationalScenarioRegionYear_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- CreateEnum
CREATE TYPE "AdoptionKind" AS ENUM ('ADOPTED', 'BASELINE');

-- CreateTable
CREATE TABLE "PlanAdoption" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" "AdoptionKind" NOT NULL,
    "adoptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "PlanAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanAdoption_regionId_kind_supersededAt_idx" ON "PlanAdoption"("regionId", "kind", "supersededAt");

-- CreateIndex
CREATE INDEX "PlanAdoption_planId_idx" ON "PlanAdoption"("planId");

-- AddForeignKey
ALTER TABLE "PlanAdoption" ADD CONSTRAINT "PlanAdoption_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdoption" ADD CONSTRAINT "PlanAdoption_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAdoption" ADD CONSTRAINT "PlanAdoption_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AlterTable
ALTER TABLE "SupportProfile" ADD COLUMN     "assumed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" TEXT;

-- Every support-profile row before this migration came from the seed's assumption
-- (each regular school at BASIS for the basis needs): mark them so.
UPDATE "SupportProfile" SET "assumed" = true;

-- CreateTable
CREATE TABLE "RegionFinance" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "incomeLight" DOUBLE PRECISION NOT NULL,
    "incomeHeavy" DOUBLE PRECISION NOT NULL,
    "incomeOther" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "expenditure" DOUBLE PRECISION NOT NULL,
    "reserves" DOUBLE PRECISION,
    "planBudget" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "RegionFinance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionFinance_regionId_year_key" ON "RegionFinance"("regionId", "year");

-- AddForeignKey
ALTER TABLE "RegionFinance" ADD CONSTRAINT "RegionFinance_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "RegionFinance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "incomeLight" REAL NOT NULL,
    "incomeHeavy" REAL NOT NULL,
    "incomeOther" REAL NOT NULL DEFAULT 0,
    "expenditure" REAL NOT NULL,
    "reserves" REAL,
    "planBudget" REAL NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "RegionFinance_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionFinance_regionId_year_key" ON "RegionFinance"("regionId", "year");

-- AlterTable (new columns only: no table redefinition, so other branches' columns survive)
ALTER TABLE "SupportProfile" ADD COLUMN "assumed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "SupportProfile" ADD COLUMN "source" TEXT;

-- Every support-profile row before this migration came from the seed's assumption
-- (each regular school at BASIS for the basis needs): mark them so.
UPDATE "SupportProfile" SET "assumed" = true;

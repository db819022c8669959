-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "normLimitsRungOne" BOOLEAN NOT NULL DEFAULT false;
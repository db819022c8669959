-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "assumeUnknownAccessible" BOOLEAN NOT NULL DEFAULT true;

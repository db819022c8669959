-- AlterTable
ALTER TABLE "PlanUtilisation" ADD COLUMN     "expectedWaitYears" DOUBLE PRECISION,
ADD COLUMN     "intake" DOUBLE PRECISION,
ADD COLUMN     "waiting" DOUBLE PRECISION;
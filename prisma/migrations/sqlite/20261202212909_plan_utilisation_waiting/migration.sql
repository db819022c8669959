-- AlterTable
ALTER TABLE "PlanUtilisation" ADD COLUMN "expectedWaitYears" REAL;
ALTER TABLE "PlanUtilisation" ADD COLUMN "intake" REAL;
ALTER TABLE "PlanUtilisation" ADD COLUMN "waiting" REAL;
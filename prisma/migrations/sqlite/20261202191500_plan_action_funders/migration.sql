-- AlterTable (added in place: a table redefinition would drop columns other branches add)
ALTER TABLE "PlanAction" ADD COLUMN "funderBoard" REAL;
ALTER TABLE "PlanAction" ADD COLUMN "funderGemeente" REAL;
ALTER TABLE "PlanAction" ADD COLUMN "funderSource" TEXT;
ALTER TABLE "PlanAction" ADD COLUMN "funderSwv" REAL;

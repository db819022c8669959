-- AlterTable
ALTER TABLE "PlanAction" ADD COLUMN     "funderBoard" DOUBLE PRECISION,
ADD COLUMN     "funderGemeente" DOUBLE PRECISION,
ADD COLUMN     "funderSource" TEXT,
ADD COLUMN     "funderSwv" DOUBLE PRECISION;

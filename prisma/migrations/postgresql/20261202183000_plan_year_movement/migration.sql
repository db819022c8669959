-- Plans over time: each plan year's movement of pupils (null for plans made year by year).
ALTER TABLE "PlanYear" ADD COLUMN     "entrants" DOUBLE PRECISION,
ADD COLUMN     "waitingAtStart" DOUBLE PRECISION,
ADD COLUMN     "returned" DOUBLE PRECISION,
ADD COLUMN     "followUpHoursPerWeek" DOUBLE PRECISION,
ADD COLUMN     "onward" DOUBLE PRECISION,
ADD COLUMN     "expectedWaitYears" DOUBLE PRECISION;

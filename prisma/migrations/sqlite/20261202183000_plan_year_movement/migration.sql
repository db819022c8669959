-- Plans over time: each plan year's movement of pupils (null for plans made year by year).
ALTER TABLE "PlanYear" ADD COLUMN "entrants" REAL;
ALTER TABLE "PlanYear" ADD COLUMN "waitingAtStart" REAL;
ALTER TABLE "PlanYear" ADD COLUMN "returned" REAL;
ALTER TABLE "PlanYear" ADD COLUMN "followUpHoursPerWeek" REAL;
ALTER TABLE "PlanYear" ADD COLUMN "onward" REAL;
ALTER TABLE "PlanYear" ADD COLUMN "expectedWaitYears" REAL;

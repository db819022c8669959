-- DropIndex
DROP INDEX "PlanUtilisation_planId_year_idx";

-- CreateIndex
CREATE INDEX "PlanUtilisation_planId_category_provision_year_idx" ON "PlanUtilisation"("planId", "category", "provision", "year");
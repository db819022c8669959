-- Plan leases (planning/plan-lease.ts) and who asked for a solve (planning/solve-limits.ts).
-- Written as ADD COLUMN by hand rather than the generated table redefinition, which would
-- copy only the columns this branch knows.
ALTER TABLE "Plan" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "Plan" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "Plan" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Plan" ADD COLUMN "requestedById" INTEGER;

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

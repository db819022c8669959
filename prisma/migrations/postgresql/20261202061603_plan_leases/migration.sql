-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "requestedById" INTEGER;

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

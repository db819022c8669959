-- AlterEnum
ALTER TYPE "DemandSource" ADD VALUE 'PROJECTED';

-- CreateTable
CREATE TABLE "DemandTrend" (
    "id" SERIAL NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "yearlyGrowth" DOUBLE PRECISION NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "DemandTrend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DemandTrend_categoryId_key" ON "DemandTrend"("categoryId");

-- AddForeignKey
ALTER TABLE "DemandTrend" ADD CONSTRAINT "DemandTrend_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
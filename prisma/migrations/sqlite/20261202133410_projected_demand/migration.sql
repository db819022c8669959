-- CreateTable
CREATE TABLE "DemandTrend" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "categoryId" INTEGER NOT NULL,
    "yearlyGrowth" REAL NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "DemandTrend_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DemandTrend_categoryId_key" ON "DemandTrend"("categoryId");
-- CreateTable
CREATE TABLE "PlanAdoption" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "adoptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "supersededAt" DATETIME,
    CONSTRAINT "PlanAdoption_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanAdoption_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanAdoption_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PlanAdoption_regionId_kind_supersededAt_idx" ON "PlanAdoption"("regionId", "kind", "supersededAt");

-- CreateIndex
CREATE INDEX "PlanAdoption_planId_idx" ON "PlanAdoption"("planId");
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "category" TEXT,
    "quantity" REAL NOT NULL,
    "cost" REAL NOT NULL,
    "runningCostPerYear" REAL NOT NULL DEFAULT 0,
    "outright" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT NOT NULL,
    CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlanAction" ("category", "cost", "description", "id", "kind", "planId", "quantity", "target", "year") SELECT "category", "cost", "description", "id", "kind", "planId", "quantity", "target", "year" FROM "PlanAction";
DROP TABLE "PlanAction";
ALTER TABLE "new_PlanAction" RENAME TO "PlanAction";
CREATE INDEX "PlanAction_planId_year_idx" ON "PlanAction"("planId", "year");
CREATE TABLE "new_PlanYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "checkpoint" BOOLEAN NOT NULL,
    "demand" REAL NOT NULL,
    "placedRung1" REAL NOT NULL,
    "placedRung2" REAL NOT NULL,
    "placedRung3" REAL NOT NULL,
    "placedRung4" REAL NOT NULL,
    "placedRung5" REAL NOT NULL,
    "unmetNoCapacity" REAL NOT NULL,
    "unmetOutOfReach" REAL NOT NULL,
    "nationalProvisionPupils" REAL NOT NULL,
    "travelPupils" REAL NOT NULL,
    "meanKm" REAL NOT NULL,
    "p90Km" REAL NOT NULL,
    "maxKm" REAL NOT NULL,
    "pupilKm" REAL NOT NULL,
    "transportCost" REAL NOT NULL,
    "fteNeeded" REAL NOT NULL,
    "actionCost" REAL NOT NULL,
    "runningCost" REAL NOT NULL DEFAULT 0,
    "cumulativeCost" REAL NOT NULL DEFAULT 0,
    "objectiveUnmet" REAL NOT NULL,
    "objectiveSegregation" REAL NOT NULL,
    "objectiveTravel" REAL NOT NULL,
    "objectiveCost" REAL NOT NULL,
    "objectiveTotal" REAL NOT NULL,
    "hidden" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PlanYear_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlanYear" ("actionCost", "checkpoint", "demand", "fteNeeded", "hidden", "id", "maxKm", "meanKm", "nationalProvisionPupils", "objectiveCost", "objectiveSegregation", "objectiveTotal", "objectiveTravel", "objectiveUnmet", "p90Km", "placedRung1", "placedRung2", "placedRung3", "placedRung4", "placedRung5", "planId", "pupilKm", "regionId", "transportCost", "travelPupils", "unmetNoCapacity", "unmetOutOfReach", "year") SELECT "actionCost", "checkpoint", "demand", "fteNeeded", "hidden", "id", "maxKm", "meanKm", "nationalProvisionPupils", "objectiveCost", "objectiveSegregation", "objectiveTotal", "objectiveTravel", "objectiveUnmet", "p90Km", "placedRung1", "placedRung2", "placedRung3", "placedRung4", "placedRung5", "planId", "pupilKm", "regionId", "transportCost", "travelPupils", "unmetNoCapacity", "unmetOutOfReach", "year" FROM "PlanYear";
DROP TABLE "PlanYear";
ALTER TABLE "new_PlanYear" RENAME TO "PlanYear";
CREATE UNIQUE INDEX "PlanYear_planId_year_key" ON "PlanYear"("planId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
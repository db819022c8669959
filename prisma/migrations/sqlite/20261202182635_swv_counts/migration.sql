-- CreateTable
CREATE TABLE "SettingCalibration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "rung" INTEGER NOT NULL,
    "sector" TEXT,
    "regionId" INTEGER,
    "categoryCode" TEXT,
    "estimated" REAL NOT NULL,
    "counted" REAL NOT NULL,
    "factor" REAL NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "SettingCalibration_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegionPupilCount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "schoolType" TEXT NOT NULL,
    "peiljaar" INTEGER NOT NULL,
    "pupils" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "RegionPupilCount_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SettingCalibration_key_key" ON "SettingCalibration"("key");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPupilCount_regionId_schoolType_peiljaar_key" ON "RegionPupilCount"("regionId", "schoolType", "peiljaar");
-- CreateTable
CREATE TABLE "SettingCalibration" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "rung" INTEGER NOT NULL,
    "sector" "Sector",
    "regionId" INTEGER,
    "categoryCode" TEXT,
    "estimated" DOUBLE PRECISION NOT NULL,
    "counted" DOUBLE PRECISION NOT NULL,
    "factor" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "SettingCalibration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionPupilCount" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "schoolType" TEXT NOT NULL,
    "peiljaar" INTEGER NOT NULL,
    "pupils" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "RegionPupilCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SettingCalibration_key_key" ON "SettingCalibration"("key");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPupilCount_regionId_schoolType_peiljaar_key" ON "RegionPupilCount"("regionId", "schoolType", "peiljaar");

-- AddForeignKey
ALTER TABLE "SettingCalibration" ADD CONSTRAINT "SettingCalibration_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPupilCount" ADD CONSTRAINT "RegionPupilCount_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
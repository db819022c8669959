-- CreateTable
CREATE TABLE "RegionShape" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "geometry" JSONB NOT NULL,
    "approximate" BOOLEAN NOT NULL,
    "splitGemeenten" JSONB NOT NULL,
    "source" TEXT NOT NULL,
    CONSTRAINT "RegionShape_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionShape_regionId_key" ON "RegionShape"("regionId");
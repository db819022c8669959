-- CreateTable
CREATE TABLE "RegionShape" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "geometry" JSONB NOT NULL,
    "approximate" BOOLEAN NOT NULL,
    "splitGemeenten" JSONB NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "RegionShape_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionShape_regionId_key" ON "RegionShape"("regionId");

-- AddForeignKey
ALTER TABLE "RegionShape" ADD CONSTRAINT "RegionShape_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
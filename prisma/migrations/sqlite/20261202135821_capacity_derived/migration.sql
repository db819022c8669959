-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProvisionCapacity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provisionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "places" INTEGER NOT NULL,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    CONSTRAINT "ProvisionCapacity_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProvisionCapacity_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "NeedCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ProvisionCapacity" ("categoryId", "id", "places", "provisionId") SELECT "categoryId", "id", "places", "provisionId" FROM "ProvisionCapacity";
DROP TABLE "ProvisionCapacity";
ALTER TABLE "new_ProvisionCapacity" RENAME TO "ProvisionCapacity";
CREATE UNIQUE INDEX "ProvisionCapacity_provisionId_categoryId_key" ON "ProvisionCapacity"("provisionId", "categoryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- Rows from before this migration came from the seed's split (or an import, which cannot be told
-- apart now): label them derived (the safe side), a new import of a row sets it counted again.
UPDATE "ProvisionCapacity" SET "derived" = 1, "source" = 'derived: seeded before capacities carried their source (the location''s pupils split over the rung''s categories)';

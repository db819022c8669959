-- AlterTable
ALTER TABLE "ProvisionCapacity" ADD COLUMN     "derived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source" TEXT;
-- Rows from before this migration came from the seed's split (or an import, which cannot be told
-- apart now): label them derived (the safe side), a new import of a row sets it counted again.
UPDATE "ProvisionCapacity" SET "derived" = true, "source" = 'derived: seeded before capacities carried their source (the location''s pupils split over the rung''s categories)';

-- AlterTable (added in place: a table redefinition would drop columns other branches add)
ALTER TABLE "Scenario" ADD COLUMN "assumeUnknownAccessible" BOOLEAN NOT NULL DEFAULT true;

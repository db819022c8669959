-- AlterEnum
ALTER TYPE "ScenarioChangeKind" ADD VALUE 'GROWTH';
export { databaseConfig, REPO_ROOT, DEFAULT_SQLITE_PATH, type DatabaseConfig, type Provider } from './config.ts';
export { openDatabase, type Database, type PrismaClient } from './client.ts';
export { insertRows, providerOf } from './bulk-insert.ts';
export { applyMigrations, driftScript, readMigrations } from './migrate.ts';
export { hashPassword, needsRehash, verifyPassword } from './users/passwords.ts';
export type { default as PrismaTypes } from './generated/pothos-types.ts';
export { getDatamodel } from './generated/pothos-types.ts';
export * from './generated/sqlite/enums.ts';
export { seedDatabase, type SeedReport } from './seed/seed.ts';
export { DEMO_USERS, DEMO_PASSWORD } from './seed/demo-users.ts';
export { importCsv, ImportError, formatProblem, type ImportResult, type ImportProblem } from './import/import-csv.ts';
export { IMPORT_KINDS } from './import/kinds.ts';
export { parseCsv, parseCsvWithHeader } from './csv.ts';
export { loadRegionData, loadCatalogue, type LoadRegionDataOptions } from './planning-data.ts';
export { loadBacklog, type BacklogCell, type BacklogSource, type RegionBacklog } from './backlog.ts';
export { reprojectDemand, writeDemandTrends } from './demand-projection.ts';
export { isDatabaseUnavailable } from './unavailable.ts';
export type {
  PlanYearModel,
  PlanCoverageModel,
  PlanGemeenteGapModel,
  PlanUtilisationModel,
  PlanActionModel,
  PlanTransportModel,
  PlanSpecialistModel,
  PlanTravelBinModel,
  PlanProvisionModel,
} from './generated/sqlite/models.ts';

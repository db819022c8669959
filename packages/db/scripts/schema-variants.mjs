// The PostgreSQL schema is the SQLite schema with another provider and output.
export function postgresSchemaFrom(sqliteSchemaText) {
  const out = sqliteSchemaText
    .replace(/\ngenerator pothos \{[^}]*\}\n/, '\n')
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(
      'output              = "../packages/db/src/generated/sqlite"',
      'output              = "../src/generated/postgresql"',
    );
  if (out === sqliteSchemaText || !out.includes('"postgresql"') || !out.includes('generated/postgresql')) {
    throw new Error('prisma/schema.prisma no longer has the provider/output lines generate.mjs expects');
  }
  return '// GENERATED from prisma/schema.prisma by packages/db/scripts/generate.mjs: do not edit.\n' + out;
}

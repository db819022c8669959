export function postgresSchemaFrom(sqliteSchemaText: string): string;

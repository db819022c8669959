/**
 * Multi-row INSERTs for the large result tables of a plan. Prisma's createMany spent about 0.5 ms
 * per row in its query compiler (13,000 coverage rows of one region: 6.7 s); one statement per
 * chunk of rows takes 0.25 s for the same rows. Identifiers come from code, never from users.
 */
import type { Provider } from './config.ts';

/** A Prisma client or transaction (structural, so this module does not import client.ts back). */
interface Executor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

const providers = new WeakMap<object, Provider>();

/** Called by openDatabase: which SQL dialect a client speaks. */
export function registerProvider(prisma: object, provider: Provider): void {
  providers.set(prisma, provider);
}

export function providerOf(prisma: object): Provider {
  const provider = providers.get(prisma);
  if (!provider) throw new Error('providerOf: this client was not opened with openDatabase');
  return provider;
}

/** Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Inserts `rows` (keys: the model's field names; a key a row lacks is NULL) into the model's table,
 * inside the caller's transaction `tx`.
 */
export async function insertRows(
  tx: Executor,
  provider: Provider,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const name of [table, ...columns])
    if (!IDENTIFIER.test(name)) throw new Error(`insertRows: not an identifier: ${name}`);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((c) => {
        params.push(bindable(row[c], provider));
        return provider === 'postgresql' ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    await tx.$executeRawUnsafe(head + tuples.join(', '), ...params);
  }
}

/** SQLite binds no booleans (Prisma stores them as 0/1) and no undefined. */
function bindable(value: unknown, provider: Provider): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean' && provider === 'sqlite') return value ? 1 : 0;
  return value;
}

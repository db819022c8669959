import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@dekkend/domain';
import type { Database } from '../client.ts';
import { parseCsvWithHeader, type CsvField } from '../csv.ts';
import { IMPORT_KINDS } from './kinds.ts';

export interface ImportProblem {
  file: string;
  line: number;
  column: number;
  reason: string;
}

export class ImportError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super(
      'INVALID_INPUT',
      problems.map(formatProblem).join('\n'),
      problems.map((p) => ({ path: `${p.file}:${p.line}:${p.column}`, reason: p.reason })),
    );
    this.name = 'ImportError';
  }
}

export const formatProblem = (p: ImportProblem) => `${p.file}:${p.line}:${p.column}: ${p.reason}`;

export interface ImportResult {
  kind: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports one CSV file of a known kind. Every row is checked and every
 * problem reported (file:line:column: reason); if there is any, nothing is
 * written. Rows are upserted by their natural key inside one transaction, so
 * importing the same file again changes nothing. A committed import leaves one audit
 * event (`import.<kind>`, with the file, the counts and who ran it) in the same transaction.
 */
// eslint-disable-next-line max-lines-per-function -- check every row, then write all in one transaction: the phases share the parsed rows and the transaction
export async function importCsv(
  db: Database,
  kind: string,
  path: string,
  { text, fileName, actor }: { text?: string; fileName?: string; actor?: string } = {},
): Promise<ImportResult> {
  const spec = IMPORT_KINDS[kind];
  const file = fileName ?? basename(path);
  if (!spec)
    throw AppError.invalid([
      { path: 'kind', reason: `unknown import kind '${kind}'; one of ${Object.keys(IMPORT_KINDS).join(', ')}` },
    ]);
  let content: string;
  try {
    content = text ?? readFileSync(path, 'utf8');
  } catch (e) {
    throw new ImportError([{ file, line: 0, column: 0, reason: `cannot read file: ${(e as Error).message}` }]);
  }
  // `;` (DUO's and a Dutch spreadsheet's separator) when the header line has one, else `,`.
  // `;` (DUO's and a Dutch spreadsheet's separator) when the header line has one, else `,`.
  const delimiter = (content.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  let parsed: ReturnType<typeof parseCsvWithHeader>;
  try {
    parsed = parseCsvWithHeader(content, delimiter);
  } catch (e) {
    throw new ImportError([{ file, line: 0, column: 0, reason: (e as Error).message }]);
  }
  const problems: ImportProblem[] = [];
  const columns = Object.keys(spec.columns);
  // Header names match whatever their case (DUO writes INSTELLINGSCODE, our kinds provision_code).
  const headerOf = new Map(parsed.header.map((h) => [h.toLowerCase(), h]));
  const missing = columns.filter((c) => !headerOf.has(c.toLowerCase()));
  if (missing.length > 0) {
    throw new ImportError([
      {
        file,
        line: parsed.headerLine,
        column: 1,
        reason: `missing column(s) ${missing.join(', ')}; expected ${columns.join(', ')}`,
      },
    ]);
  }
  if (parsed.rows.length === 0)
    throw new ImportError([{ file, line: parsed.headerLine, column: 1, reason: 'the file has no data rows' }]);

  const good: { row: Record<string, unknown>; fields: Map<string, CsvField> }[] = [];
  const seenKeys = new Map<string, number>();
  for (const fields of parsed.rows) {
    const row: Record<string, unknown> = {};
    let rowOk = true;
    for (const col of columns) {
      const field = fields.get(headerOf.get(col.toLowerCase())!)!;
      const result = spec.columns[col]!(field.value);
      if (result.ok) row[col] = result.value;
      else {
        rowOk = false;
        problems.push({ file, line: field.line, column: field.column, reason: `${col} ${result.reason}` });
      }
    }
    if (!rowOk) continue;
    const key = spec.key.map((k) => String(row[k as string])).join('\u0000');
    const first = fields.get(headerOf.get(columns[0]!.toLowerCase())!)!;
    const earlier = seenKeys.get(key);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: first.line,
        column: first.column,
        reason: `repeats the row on line ${earlier} (same ${spec.key.join(', ')})`,
      });
      continue;
    }
    seenKeys.set(key, first.line);
    good.push({ row, fields });
  }

  return db.prisma.$transaction(
    async (tx) => {
      const resolved = await spec.resolve(
        tx,
        good.map((g) => g.row),
      );
      resolved.forEach((r, i) => {
        if (!r.ok) {
          const field = good[i]!.fields.get(headerOf.get((r.column as string).toLowerCase())!)!;
          problems.push({ file, line: field.line, column: field.column, reason: r.reason });
        }
      });
      if (problems.length > 0) {
        problems.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new ImportError(problems);
      }
      const result: ImportResult = { kind, rows: good.length, created: 0, updated: 0, unchanged: 0 };
      const values = resolved.flatMap((r) => (r.ok ? [r.value] : []));
      if (spec.writeAll) Object.assign(result, await spec.writeAll(tx, values));
      else for (const value of values) result[await spec.write!(tx, value)]++;
      await spec.afterWrite?.(tx, db.config.provider, values);
      const { created, updated, unchanged } = result;
      await tx.auditEvent.create({
        data: {
          action: `import.${kind}`,
          entity: 'CsvImport',
          entityId: file.slice(0, 200),
          detail: JSON.stringify({ rows: good.length, created, updated, unchanged, by: actor ?? null }),
        },
      });
      return result;
    },
    { timeout: 5 * 60_000 },
  );
}

import { userInfo } from 'node:os';
import { importCsv, ImportError, IMPORT_KINDS, openDatabase } from '@dekkend/db';
import type { Io } from '../io.ts';

/** dekkend import <kind> <file.csv>…: each file in its own transaction. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const [kind, ...files] = args;
  if (!kind || !IMPORT_KINDS[kind] || files.length === 0) {
    io.stderr(
      `usage: dekkend import <kind> <file.csv>...\nkinds:\n${Object.values(IMPORT_KINDS)
        .map((s) => `  ${s.kind.padEnd(22)} ${s.description}; columns: ${Object.keys(s.columns).join(', ')}`)
        .join('\n')}`,
    );
    return 2;
  }
  const db = openDatabase();
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const r = await importCsv(db, kind, file, { actor: `cli:${userInfo().username}` });
        io.stdout(`${file}: ${r.rows} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`);
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        failed++;
        io.stderr(e.message);
        io.stderr(`${file}: ${e.problems.length} problem(s); nothing was imported from this file.`);
      }
    }
  } finally {
    await db.close();
  }
  return failed ? 1 : 0;
}

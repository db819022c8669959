/**
 * A small RFC 4180 CSV reader that keeps positions, so every problem can be
 * reported as `file:line:column`. Handles quotes, doubled quotes, CRLF, a BOM
 * and a chosen delimiter.
 */
export interface CsvField {
  value: string;
  /** 1-based line where the field starts. */
  line: number;
  /** 1-based character column where the field starts. */
  column: number;
}

export type CsvRecord = CsvField[];

export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let record: CsvRecord = [];
  const n = text.length;
  while (i <= n) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error(`line ${fieldLine}: unterminated quoted field`);
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\n') {
          line++;
          lineStart = i + 1;
        }
        value += ch;
        i++;
      }
    } else {
      const start = i;
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(start, i);
    }
    record.push({ value, line: fieldLine, column: fieldColumn });
    if (i < n && text[i] === delimiter) {
      i++;
      continue;
    }
    // End of record: CRLF, LF or end of text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    const blank = record.length === 1 && record[0]!.value === '';
    if (!blank) records.push(record);
    record = [];
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  return records;
}

/** Records as objects keyed by the header row; positions kept per field. */
export function parseCsvWithHeader(
  text: string,
  delimiter = ',',
): { header: string[]; rows: Map<string, CsvField>[]; headerLine: number } {
  const [head, ...rest] = parseCsv(text, delimiter);
  if (!head) return { header: [], rows: [], headerLine: 1 };
  const header = head.map((f) => f.value.trim());
  const rows = rest.map((rec) => {
    const m = new Map<string, CsvField>();
    header.forEach((h, k) => {
      const f = rec[k];
      m.set(
        h,
        f ?? { value: '', line: rec[0]!.line, column: (rec.at(-1)?.column ?? 1) + (rec.at(-1)?.value.length ?? 0) + 1 },
      );
    });
    return m;
  });
  return { header, rows, headerLine: head[0]!.line };
}

/** Plain objects for trusted source files (the seed). */
export function readCsvObjects(text: string, delimiter = ','): Record<string, string>[] {
  const { header, rows } = parseCsvWithHeader(text, delimiter);
  return rows.map((r) => Object.fromEntries(header.map((h) => [h, r.get(h)!.value])));
}

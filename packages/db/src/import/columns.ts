/**
 * Column parsers for users' CSV files. Each returns the value or a reason in
 * words; the importer adds file, line and column.
 */
import { PLANNING_YEARS } from '@dekkend/domain';
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
export type ColumnParser<T> = (raw: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

export const text =
  ({ max = 200, optional = false } = {}): ColumnParser<string | null> =>
  (raw) => {
    const v = raw.trim();
    if (v === '') return optional ? ok(null) : bad('is empty');
    return v.length > max ? bad(`is longer than ${max} characters`) : ok(v);
  };

export const wholeNumber =
  ({ min = 0, max = 1_000_000 } = {}): ColumnParser<number> =>
  (raw) => {
    const v = raw.trim();
    if (!/^-?\d+$/.test(v)) return bad(`must be a whole number (got '${raw}')`);
    const n = Number(v);
    if (n < min) return bad(`must be at least ${min} (got ${n})`);
    if (n > max) return bad(`must be at most ${max} (got ${n})`);
    return ok(n);
  };

export const decimal =
  ({ min = 0, max = 1e9, optional = false } = {}): ColumnParser<number | null> =>
  (raw) => {
    const v = raw.trim().replace(',', '.');
    if (v === '') return optional ? ok(null) : bad('is empty');
    if (!/^-?\d+(\.\d+)?$/.test(v)) return bad(`must be a number (got '${raw}')`);
    const n = Number(v);
    if (n < min) return bad(`must be at least ${min} (got ${n})`);
    if (n > max) return bad(`must be at most ${max} (got ${n})`);
    return ok(n);
  };

export const oneOf =
  <T extends string>(values: readonly T[], { upper = true } = {}): ColumnParser<T> =>
  (raw) => {
    const v = upper ? raw.trim().toUpperCase() : raw.trim();
    return (values as readonly string[]).includes(v)
      ? ok(v as T)
      : bad(`must be one of ${values.join(', ')} (got '${raw}')`);
  };

export const yesNo: ColumnParser<boolean> = (raw) => {
  const v = raw.trim().toLowerCase();
  if (['ja', 'yes', 'true', '1', 'j', 'y'].includes(v)) return ok(true);
  if (['nee', 'no', 'false', '0', 'n'].includes(v)) return ok(false);
  return bad(`must be ja/nee (yes/no) (got '${raw}')`);
};

export const month: ColumnParser<string> = (raw) => {
  const v = raw.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return bad(`must be a month as YYYY-MM (got '${raw}')`);
  return Number(m[1]) < 2000 || Number(m[1]) > 2100 ? bad(`year must be between 2000 and 2100 (got ${m[1]})`) : ok(v);
};

/**
 * A month that has begun: a waiting list cannot have started after today (`now`, read when the
 * file is checked). The current month is allowed.
 */
export const pastMonth =
  (now: () => Date = () => new Date()): ColumnParser<string> =>
  (raw) => {
    const parsed = month(raw);
    if (!parsed.ok) return parsed;
    const today = now();
    const current = `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`;
    return parsed.value > current ? bad(`lies in the future (${parsed.value}, this month is ${current})`) : parsed;
  };

export const pc4: ColumnParser<string> = (raw) =>
  /^\d{4}$/.test(raw.trim()) ? ok(raw.trim()) : bad(`must be a 4-digit postcode (got '${raw}')`);

/** A year of the planning horizon (2026–2035): the only years a plan reads, so others are refused, not stored. */
export const planningYear: ColumnParser<number> = (raw) => {
  const parsed = wholeNumber({ min: PLANNING_YEARS[0], max: PLANNING_YEARS[PLANNING_YEARS.length - 1] })(raw);
  return parsed.ok ? parsed : bad(`must be a planning year 2026–2035 (got '${raw.trim()}')`);
};

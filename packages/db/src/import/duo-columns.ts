/**
 * Column parsers for DUO's open-data files (onderwijsdata / duo.nl open onderwijsdata): codes as DUO
 * writes them and its "<5" for suppressed small counts.
 */
import { CLUSTERS, type Cluster } from '@dekkend/domain';
import type { ColumnParser, Parsed } from './columns.ts';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** DUO's instellingscode (BRIN): two digits and two letters, e.g. 00AO. */
export const brin: ColumnParser<string> = (raw) => {
  const v = raw.trim().toUpperCase();
  return /^\d{2}[A-Z]{2}$/.test(v) ? ok(v) : bad(`must be a BRIN code like 00AO (got '${raw}')`);
};

/** A vestiging: the full code (00AO00) or only its two-digit number (00), joined to the BRIN later. */
export const vestiging: ColumnParser<string> = (raw) => {
  const v = raw.trim().toUpperCase();
  return /^(\d{2}[A-Z]{2})?\d{2}$/.test(v) ? ok(v) : bad(`must be a vestigingscode like 00AO00 or 00 (got '${raw}')`);
};

/** A count year (peiljaar, 1 October). */
export const peiljaar: ColumnParser<number> = (raw) => {
  const v = raw.trim();
  if (!/^\d{4}$/.test(v)) return bad(`must be a year like 2024 (got '${raw}')`);
  const n = Number(v);
  return n < 1990 || n > 2100 ? bad(`must be between 1990 and 2100 (got ${n})`) : ok(n);
};

/** A (V)SO cluster 1–4 ("3", "cluster 3"). */
export const cluster: ColumnParser<Cluster> = (raw) => {
  const m = /^(?:cluster\s*)?([0-9]+)$/i.exec(raw.trim());
  const n = m ? Number(m[1]) : NaN;
  return (CLUSTERS as readonly number[]).includes(n) ? ok(n as Cluster) : bad(`must be a cluster 1–4 (got '${raw}')`);
};

/** What DUO's "<5" (a count from 1 to 4 it does not publish) is taken as: an assumption. */
export const DUO_SMALL_COUNT = 2;

/** A pupil count as DUO publishes it: a whole number ≥ 0, or "<5" (taken as `DUO_SMALL_COUNT`). */
export const duoCount: ColumnParser<{ pupils: number; suppressed: boolean }> = (raw) => {
  const v = raw.trim();
  if (/^<\s*5$/.test(v)) return ok({ pupils: DUO_SMALL_COUNT, suppressed: true });
  if (!/^-?\d+$/.test(v)) return bad(`must be a whole number or <5 (got '${raw}')`);
  const n = Number(v);
  if (n < 0) return bad(`must be at least 0 (got ${n})`);
  return n > 1_000_000 ? bad(`must be at most 1000000 (got ${n})`) : ok({ pupils: n, suppressed: false });
};

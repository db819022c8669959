import type { Database } from '@dekkend/db';

export interface HealthReport {
  ok: boolean;
  /** 'ok', or 'degraded' when the database does not answer a read and a write. */
  status: 'ok' | 'degraded';
  database: string;
  queue: string;
  /** What failed, in words (no internals). */
  problems: string[];
  time: Date;
}

const PROBE_ID = 1;

/**
 * A real read and a real write on the live database: count a reference table, then
 * write the probe row and read it back. A deleted or read-only SQLite file, a corrupt
 * one or a stopped PostgreSQL server all fail one of the two.
 */
export async function checkHealth(db: Database, queueKind: string, now = new Date()): Promise<HealthReport> {
  const problems: string[] = [];
  try {
    await db.prisma.region.count();
  } catch {
    problems.push('database read failed');
  }
  try {
    await db.prisma.healthProbe.upsert({
      where: { id: PROBE_ID },
      create: { id: PROBE_ID, checkedAt: now },
      update: { checkedAt: now },
    });
    const back = await db.prisma.healthProbe.findUnique({ where: { id: PROBE_ID } });
    if (back?.checkedAt.getTime() !== now.getTime()) problems.push('database write was not read back');
  } catch {
    problems.push('database write failed');
  }
  const ok = problems.length === 0;
  return { ok, status: ok ? 'ok' : 'degraded', database: db.config.provider, queue: queueKind, problems, time: now };
}

import { openDatabase, seedDatabase } from '@dekkend/db';
import type { Io } from '../io.ts';

export async function seedCommand(io: Io): Promise<number> {
  const db = openDatabase();
  try {
    const report = await seedDatabase(db);
    if (report.skipped) {
      io.stdout('Database already seeded; keeping its data.');
      return 0;
    }
    const c = report.calibration!;
    io.stdout(
      `Seeded in ${(report.millis / 1000).toFixed(1)} s: ${Object.entries(report.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}.`,
    );
    io.stdout(
      `Demand calibrated (estimated): SBO ${Math.round(c.modelled.sboPupils)} of ${c.targets.sboPupils} pupils, (V)SO ${Math.round(c.modelled.specialSchoolPupils)} of ${c.targets.specialSchoolPupils}.`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

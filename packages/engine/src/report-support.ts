/**
 * When a pool's specialist hours are all used, the pupils' outcomes alone do not decide which
 * areas get them: many spreads serve as many pupils in their own school. The plan says so, and
 * that it follows the support-spread rule (model/support-spread.ts) to choose among them.
 */
import type { SpecialistUse } from './plan.ts';

const span = (years: number[]) => (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0]}`);

export function supportSpreadWarnings(specialists: SpecialistUse[]): string[] {
  const full = new Map<string, number[]>();
  for (const s of specialists) {
    if (s.region === null || !(s.hoursAvailable > 0)) continue;
    if (s.hoursNeeded < s.hoursAvailable * (1 - 1e-6)) continue;
    (full.get(s.pool) ?? full.set(s.pool, []).get(s.pool)!).push(s.year);
  }
  return [...full].map(
    ([pool, years]) =>
      `${pool}: its specialist hours are all used in ${span(years.sort((a, b) => a - b))}. Many spreads over the areas serve as many pupils in their own school; the plan gives each area hours in proportion to its pupils' need (assumption "uren volgen de leerlingen", weight supportShare), and more only where another area cannot use its share.`,
  );
}

import { greatCircleKm } from '@dekkend/domain';
import type { NormalizedProblem } from '../problem.ts';

/** Travel km between a zone and a provision (great-circle × detour, or the supplied matrix). */
export function travelFunction(problem: NormalizedProblem): (z: number, p: number) => number | undefined {
  const t = problem.travel;
  if (t.kind === 'greatCircle') {
    const f = t.detourFactor ?? 1.3;
    return (z, p) => greatCircleKm(problem.zones[z]!, problem.provisions[p]!) * f;
  }
  const perUnit = t.unit === 'minutes' ? (t.speedKmh ?? 40) / 60 : 1;
  return (z, p) => {
    const v = t.values[problem.zones[z]!.id]?.[problem.provisions[p]!.id];
    return v === undefined ? undefined : v * perUnit;
  };
}

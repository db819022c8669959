/**
 * A stored plan's figures as one viewer may see them. Every GraphQL field, export and
 * comparison takes its counts and shares from here (or from reveal.ts), never from the
 * rows directly.
 */
import type { PlanUtilisationModel, PlanYearModel } from '@dekkend/db';
import { cellPart, partSum, shareOf, shown, type CountPart, type ShownCount } from './reveal.ts';

export type YearRow = Pick<
  PlanYearModel,
  | 'regionId'
  | 'demand'
  | 'placedRung1'
  | 'placedRung2'
  | 'placedRung3'
  | 'placedRung4'
  | 'placedRung5'
  | 'unmetNoCapacity'
  | 'unmetOutOfReach'
  | 'nationalProvisionPupils'
  | 'hidden'
>;

export interface YearParts {
  demand: CountPart;
  placed: [CountPart, CountPart, CountPart, CountPart, CountPart];
  unmetNoCapacity: CountPart;
  unmetOutOfReach: CountPart;
  unmet: CountPart;
  nationalProvisionPupils: CountPart;
}

export function yearParts(member: boolean, y: YearRow): YearParts {
  const part = (value: number, measure: string) => cellPart(member, value, y.hidden, measure);
  return {
    demand: part(y.demand, 'demand'),
    placed: [
      part(y.placedRung1, 'placedRung1'),
      part(y.placedRung2, 'placedRung2'),
      part(y.placedRung3, 'placedRung3'),
      part(y.placedRung4, 'placedRung4'),
      part(y.placedRung5, 'placedRung5'),
    ],
    unmetNoCapacity: part(y.unmetNoCapacity, 'unmetNoCapacity'),
    unmetOutOfReach: part(y.unmetOutOfReach, 'unmetOutOfReach'),
    unmet: part(y.unmetNoCapacity + y.unmetOutOfReach, 'unmet'),
    nationalProvisionPupils: part(y.nationalProvisionPupils, 'nationalProvisionPupils'),
  };
}

/** Shares of one year (or of totals over years or regions), from the counts as shown. */
export interface YearShares {
  /** Placed / demand. */
  coverage: number | null;
  /** Placed in the own regular school (rung 1) / demand. */
  regularShare: number | null;
  /** Placed in rungs 1–2 / placed. */
  inclusiveShare: number | null;
}

export function yearShares(p: { demand: ShownCount; placed: ShownCount; rung1: ShownCount; rung12: ShownCount }) {
  return {
    coverage: shareOf(p.placed, p.demand),
    regularShare: shareOf(p.rung1, p.demand),
    inclusiveShare: shareOf(p.rung12, p.placed),
  } satisfies YearShares;
}

/** The year's own shares: each from the counts as this viewer sees them. */
export function sharesOfYear(parts: YearParts): YearShares {
  return yearShares({
    demand: shown(parts.demand),
    placed: shown(partSum(parts.placed)),
    rung1: shown(parts.placed[0]),
    rung12: shown(partSum(parts.placed.slice(0, 2))),
  });
}

/** Money and km shown outside the region only with their counts; FTE rounded to whole FTE. */
export const derivedValue = (part: CountPart, value: number): number | null => (part.hidden ? null : value);
export const fteFor = (member: boolean, fte: number) => (member ? fte : Math.round(fte));

export function utilisationPart(member: boolean, u: Pick<PlanUtilisationModel, 'used' | 'hidden'>): CountPart {
  return cellPart(member, u.used, u.hidden, 'used');
}

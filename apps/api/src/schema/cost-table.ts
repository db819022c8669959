/**
 * The one cost table (packages/domain/data/cost-defaults.json) as a query: every value the seed
 * and the engine use, with its unit and source; values whose source says assumption are marked.
 */
import type { CostUnit } from '@dekkend/domain';
import { builder } from '../builder.ts';
import { listCostTable, type CostTableRow, type CostTableShares } from '../services/costs/cost-table.ts';

const UNITS: Record<string, { value: CostUnit; description: string }> = {
  EURO: { value: 'euro', description: 'Euro, once.' },
  EURO_PER_YEAR: { value: 'euro/year', description: 'Euro a year.' },
  EURO_PER_KM: { value: 'euro/km', description: 'Euro per km driven.' },
  KM: { value: 'km', description: 'Kilometres (one way).' },
  PUPILS: { value: 'pupils', description: 'Pupils (a group size).' },
  HOURS_PER_WEEK: { value: 'hours/week', description: 'Hours a week.' },
  TRIPS_PER_DAY: { value: 'trips/day', description: 'Trips a day.' },
  TRIPS_PER_YEAR: { value: 'trips/year', description: 'Trips a year.' },
  DAYS_PER_YEAR: { value: 'days/year', description: 'Days a year.' },
  SHARE: { value: 'share', description: 'Shares of the cost (0–1, summing to 1): see `shares`.' },
};

const CostUnitEnum = builder.enumType('CostUnit', {
  description: 'The unit of a cost table value.',
  values: UNITS,
});

const CostTableSharesRef = builder.objectRef<CostTableShares>('CostTableShares').implement({
  description: 'Who pays an arrangement, as shares of its cost summing to 1.',
  fields: (t) => ({
    board: t.exposeFloat('board', { description: 'School board (bestuur).' }),
    swv: t.exposeFloat('swv', { description: 'Samenwerkingsverband.' }),
    gemeente: t.exposeFloat('gemeente'),
  }),
});

const CostTableEntryRef = builder.objectRef<CostTableRow>('CostTableEntry').implement({
  description: 'One value of the cost table (indicative; replace with the region’s own figures).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Where it sits in the table, e.g. `provision.2.costPerPlace`.' }),
    key: t.exposeString('key', { description: 'The last part of the path, e.g. `costPerPlace`.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'The value in `unit`; null for a funder split.' }),
    shares: t.field({
      type: CostTableSharesRef,
      nullable: true,
      description: 'A funder split (unit SHARE); null otherwise.',
      resolve: (e) => e.shares,
    }),
    unit: t.field({ type: CostUnitEnum, resolve: (e) => e.unit }),
    source: t.exposeString('source', { description: 'Where the value comes from, in words.' }),
    assumption: t.exposeBoolean('assumption', { description: 'The source says the value is an assumption.' }),
  }),
});

builder.queryFields((t) => ({
  costTable: t.field({
    type: [CostTableEntryRef],
    authScopes: { signedIn: true },
    description: 'Every value of the one cost table with its unit and source (any signed-in user).',
    resolve: () => listCostTable(),
  }),
}));

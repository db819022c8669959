/**
 * SWV finances (reserve signal, plan costs against the multi-year budget) and the
 * landelijke norm basisondersteuning (per school, per region, plan warnings).
 * Thin: the rules are in @dekkend/domain, access and loading in services/finances.
 */
import { NORM_AREAS, RESERVE_SIGNAL, type BudgetYear, type NormAreaCode, type ReserveSignal } from '@dekkend/domain';
import { builder } from '../builder.ts';
import { SuppressedCount } from './common.ts';
import { SourcedValueRef } from './views.ts';
import { regionFinances, type RegionFinances } from '../services/finances/region-finances.ts';
import { useFinanceBudget } from '../services/finances/use-finance-budget.ts';
import { setNormLimitsRungOne } from '../services/finances/norm-rung-one.ts';
import { planNormWarnings, regionNormCheck } from '../services/finances/basic-support-norm.ts';
import { regionIndicators } from '../services/finances/region-indicators.ts';
import type { ShownNormSummary } from '../services/finances/shown-summary.ts';
import type { SchoolNorm } from '../services/finances/region-data.ts';

const FinanceStatusEnum = builder.enumType('FinanceStatus', {
  description: 'REALISATIE: annual accounts (counted); BEGROTING: multi-year budget (a projection).',
  values: ['REALISATIE', 'BEGROTING'] as const,
});
const NormStatusEnum = builder.enumType('NormStatus', {
  description:
    "MEETS: the school's own SOP offers the support; ASSUMED: only Dekkend's seed assumption says so; FAILS: the SOP says NONE; UNKNOWN: no SOP row.",
  values: ['MEETS', 'ASSUMED', 'FAILS', 'UNKNOWN'] as const,
});
const NormAreaEnum = builder.enumType('NormArea', {
  description: 'The three worked-out areas of the landelijke norm basisondersteuning (seed 001).',
  values: Object.fromEntries(
    NORM_AREAS.map((a) => [a.code.replace(/-/g, '_').toUpperCase(), { value: a.code, description: a.nameEn }]),
  ) as Record<string, { value: NormAreaCode; description: string }>,
});

const ReserveSignalRef = builder.objectRef<ReserveSignal>('ReserveSignal').implement({
  description: `The inspectorate's signal value for reserves: ${RESERVE_SIGNAL.source} (the larger of the two). Derived.`,
  fields: (t) => ({
    year: t.exposeInt('year'),
    status: t.field({ type: FinanceStatusEnum, resolve: (s) => s.status }),
    grossIncome: t.exposeFloat('grossIncome'),
    reserves: t.exposeFloat('reserves'),
    signalValue: t.exposeFloat('signalValue'),
    reserveShare: t.exposeFloat('reserveShare', { description: 'reserves ÷ gross income' }),
    aboveSignal: t.exposeBoolean('aboveSignal'),
    excess: t.exposeFloat('excess', { description: 'reserves − signal value (negative when below)' }),
  }),
});

type FinanceYearRow = RegionFinances['years'][number];
const FinanceYearRef = builder.objectRef<FinanceYearRow>('FinanceYear').implement({
  description: 'One year of an SWV’s finances in euro, as imported (region-finances).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    status: t.field({ type: FinanceStatusEnum, resolve: (y) => y.status }),
    incomeLight: t.exposeFloat('incomeLight'),
    incomeHeavy: t.exposeFloat('incomeHeavy'),
    incomeOther: t.exposeFloat('incomeOther'),
    grossIncome: t.exposeFloat('grossIncome'),
    expenditure: t.exposeFloat('expenditure'),
    reserves: t.exposeFloat('reserves', { nullable: true }),
    planBudget: t.exposeFloat('planBudget', {
      description: 'What the multi-year budget sets aside that year for expanding the aanbod.',
    }),
    source: t.exposeString('source'),
    signal: t.field({ type: ReserveSignalRef, nullable: true, resolve: (y) => y.signal }),
  }),
});

const BudgetYearRef = builder.objectRef<BudgetYear>('PlanBudgetYear').implement({
  description:
    "A plan's costs in a year (its actions and, in PO, the 2 % line) against the multi-year budget. Derived.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    planBudget: t.exposeFloat('planBudget', { nullable: true }),
    actionCost: t.exposeFloat('actionCost', {
      description:
        'One-off (openings, groups) and running cost (places, groups and FTE in force) of the plan this year.',
    }),
    sboLineCost: t.exposeFloat('sboLineCost', {
      nullable: true,
      description:
        "The 2 % line (seed 003) under the plan: (rung-3 pupils − 2 % of today's BAO + SBO pupils) × the amount per pupil (sboLinePerPupil, an assumption); negative below the line; null in VO. Estimated.",
    }),
    planCost: t.exposeFloat('planCost', { description: 'actionCost + sboLineCost.' }),
    margin: t.exposeFloat('margin', { nullable: true }),
    cumulativeBudget: t.exposeFloat('cumulativeBudget', { nullable: true }),
    cumulativeCost: t.exposeFloat('cumulativeCost'),
    overBudget: t.exposeBoolean('overBudget'),
  }),
});

const RegionFinancesRef = builder.objectRef<RegionFinances>('RegionFinances').implement({
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    years: t.field({ type: [FinanceYearRef], resolve: (f) => f.years }),
    reserveSignal: t.field({
      type: ReserveSignalRef,
      nullable: true,
      description: 'The latest year with known reserves, realised figures first.',
      resolve: (f) => f.reserveSignal,
    }),
    planCosts: t.field({
      type: [BudgetYearRef],
      nullable: true,
      description: 'Only with planId.',
      resolve: (f) => f.planCosts,
    }),
    sboLinePerPupil: t.field({
      type: SourcedValueRef,
      description: 'Euro per SBO pupil above the 2 % line, from the cost table (with its source: an assumption).',
      resolve: (f) => f.sboLinePerPupil,
    }),
    expansionBudget: t.float({
      nullable: true,
      description: 'Sum of planBudget over 2026–2035 (derived); null when a year is missing.',
      resolve: (f) => f.expansionBudget.total,
    }),
    missingBudgetYears: t.intList({
      resolve: (f) => (f.expansionBudget.total === null ? f.expansionBudget.missingYears : []),
    }),
  }),
});

const NormAreaSummaryRef = builder.objectRef<ShownNormSummary>('NormAreaSummary').implement({
  description: 'Schools meeting one area of the norm. Counts outside your region: below 5 suppressed.',
  fields: (t) => ({
    area: t.field({ type: NormAreaEnum, resolve: (a) => a.area }),
    schools: t.exposeInt('schools'),
    meeting: t.field({ type: SuppressedCount, resolve: (a) => a.meeting }),
    assumed: t.field({
      type: SuppressedCount,
      description: 'Of the meeting schools, those met only by the seed assumption.',
      resolve: (a) => a.assumed,
    }),
    failing: t.field({ type: SuppressedCount, resolve: (a) => a.failing }),
    unknown: t.field({ type: SuppressedCount, resolve: (a) => a.unknown }),
    share: t.exposeFloat('share', { nullable: true }),
  }),
});

const SchoolNormAreaRef = builder
  .objectRef<{ area: NormAreaCode; status: SchoolNorm['norm'][NormAreaCode] }>('SchoolNormArea')
  .implement({
    fields: (t) => ({
      area: t.field({ type: NormAreaEnum, resolve: (a) => a.area }),
      status: t.field({ type: NormStatusEnum, resolve: (a) => a.status }),
    }),
  });

const SchoolNormRef = builder.objectRef<SchoolNorm>('SchoolNorm').implement({
  fields: (t) => ({
    vestigingscode: t.exposeString('vestigingscode'),
    name: t.exposeString('name'),
    type: t.exposeString('type'),
    pc4: t.exposeString('pc4', { nullable: true }),
    lat: t.exposeFloat('lat'),
    lon: t.exposeFloat('lon'),
    areas: t.field({
      type: [SchoolNormAreaRef],
      resolve: (s) => NORM_AREAS.map((a) => ({ area: a.code, status: s.norm[a.code] })),
    }),
    meetsAll: t.boolean({
      resolve: (s) => NORM_AREAS.every((a) => s.norm[a.code] === 'MEETS' || s.norm[a.code] === 'ASSUMED'),
    }),
  }),
});

type NormCheck = Awaited<ReturnType<typeof regionNormCheck>>;
const RegionNormCheckRef = builder.objectRef<NormCheck>('RegionNormCheck').implement({
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    areas: t.field({ type: [NormAreaSummaryRef], resolve: (n) => n.areas }),
    schools: t.field({
      type: [SchoolNormRef],
      nullable: true,
      description: "Per school: the region's own users only (null for others).",
      resolve: (n) => n.schools,
    }),
  }),
});

type Warning = Awaited<ReturnType<typeof planNormWarnings>>[number];
const NormWarningRef = builder.objectRef<Warning>('NormWarning').implement({
  description:
    'Pupils of a norm area’s need at rung 1 (their own regular school) in a postcode area where a school does not meet that area.',
  fields: (t) => ({
    area: t.field({ type: NormAreaEnum, resolve: (w) => w.area }),
    category: t.exposeString('category'),
    pc4: t.exposeString('pc4'),
    year: t.exposeInt('year'),
    pupils: t.field({ type: SuppressedCount, resolve: (w) => w.pupilCount }),
    estimated: t.exposeBoolean('estimated', { description: 'The pupils are estimated demand, not counted.' }),
    noSchoolMeets: t.exposeBoolean('noSchoolMeets'),
    schools: t.field({
      type: [
        builder.objectRef<Warning['schools'][number]>('NormWarningSchool').implement({
          fields: (s) => ({
            vestigingscode: s.exposeString('vestigingscode'),
            name: s.exposeString('name'),
            status: s.field({ type: NormStatusEnum, resolve: (x) => x.status }),
          }),
        }),
      ],
      description: "The schools that do not meet the area (the region's own users only).",
      resolve: (w) => w.schools,
    }),
  }),
});

type Indicators = Awaited<ReturnType<typeof regionIndicators>>;
const RegionIndicatorRef = builder.objectRef<Indicators['regions'][number]>('RegionIndicator').implement({
  fields: (t) => ({
    regionCode: t.exposeString('code'),
    name: t.exposeString('name'),
    reserveSignal: t.field({ type: ReserveSignalRef, nullable: true, resolve: (r) => r.reserveSignal }),
    norm: t.field({ type: [NormAreaSummaryRef], resolve: (r) => r.norm }),
  }),
});

const RegionIndicatorsRef = builder.objectRef<Indicators>('RegionIndicators').implement({
  fields: (t) => ({
    regions: t.field({ type: [RegionIndicatorRef], resolve: (i) => i.regions }),
    regionsWithFinances: t.exposeInt('regionsWithFinances'),
    regionsAboveSignal: t.exposeInt('regionsAboveSignal'),
    national: t.field({ type: [NormAreaSummaryRef], resolve: (i) => i.national }),
  }),
});

builder.prismaObjectField('Plan', 'normWarnings', (t) =>
  t.field({
    type: [NormWarningRef],
    select: { id: true, scenarioId: true },
    description:
      'Landelijke norm basisondersteuning: where the plan leaves basis needs at schools that do not meet it.',
    resolve: (plan, _args, ctx) => planNormWarnings(ctx, plan),
  }),
);

builder.prismaObjectField('Scenario', 'normLimitsRungOne', (t) =>
  t.exposeBoolean('normLimitsRungOne', {
    description:
      "The norm option: rung 1 for leren and gedrag only as far as the postcode area's regular schools meet the norm area the need builds on (reading/spelling, task and work behaviour; an assumption), pupils spread evenly over the area's schools (an assumption).",
  }),
);

builder.queryFields((t) => ({
  regionFinances: t.field({
    type: RegionFinancesRef,
    authScopes: { signedIn: true },
    description:
      "A region's finances per year, its reserve signal and, with planId, the plan's costs against the budget.",
    args: { regionCode: t.arg.string({ required: true }), planId: t.arg.int({ required: false }) },
    resolve: (_root, args, ctx) => regionFinances(ctx, args.regionCode, args.planId),
  }),
  basicSupportNorm: t.field({
    type: RegionNormCheckRef,
    authScopes: { signedIn: true },
    description: 'The landelijke norm basisondersteuning checked per school of a region.',
    args: { regionCode: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => regionNormCheck(ctx, args.regionCode),
  }),
  regionIndicators: t.field({
    type: RegionIndicatorsRef,
    authScopes: { signedIn: true },
    description: 'Reserve signal and norm check per region: the ministry sees all, others their own region(s).',
    args: { regionCodes: t.arg.stringList({ required: false }) },
    resolve: (_root, args, ctx) => regionIndicators(ctx, args.regionCodes),
  }),
}));

builder.mutationFields((t) => ({
  useFinanceBudget: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    description:
      "Sets the scenario's expansion budget to the sum of the region's multi-year plan budget over the years from its base year on.",
    args: { scenarioId: t.arg.int({ required: true }), expectedVersion: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) => useFinanceBudget(ctx, args.scenarioId, args.expectedVersion, query),
  }),
  setNormLimitsRungOne: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    description: 'Turns the norm option (Scenario.normLimitsRungOne) on or off; takes effect at the next solve.',
    args: {
      scenarioId: t.arg.int({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      enabled: t.arg.boolean({ required: true }),
    },
    resolve: (query, _root, args, ctx) =>
      setNormLimitsRungOne(ctx, args.scenarioId, args.expectedVersion, args.enabled, query),
  }),
}));

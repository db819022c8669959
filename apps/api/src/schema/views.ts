import { builder } from '../builder.ts';
import type { IndicatorDefinition } from '@dekkend/domain';
import { SuppressedCount } from './common.ts';
import { PlanActionRef } from './plan.ts';
import { ShownPlanRef } from './adoption.ts';
import {
  comparePlans,
  type GapDifference,
  type PlanComparison,
  type YearComparison,
} from '../services/plans/compare-plans.ts';
import {
  gemeenteBuildingNeeds,
  type BuildingMismatch,
  type BuildingNeedYear,
  type GemeenteBuildingNeeds,
  type TransportYear,
} from '../services/plans/gemeente-building-needs.ts';
import {
  nationalOverview,
  type NationalOverview,
  type NationalProvisionUse,
  type NationalProvisionYear,
  type RegionOverview,
  type YearFigures,
} from '../services/overview/national-overview.ts';

// --- compare ---------------------------------------------------------------
const YearComparisonRef = builder.objectRef<YearComparison>('PlanYearComparison').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    checkpoint: t.exposeBoolean('checkpoint'),
    unmetA: t.field({ type: SuppressedCount, resolve: (r) => r.unmetA }),
    unmetB: t.field({ type: SuppressedCount, resolve: (r) => r.unmetB }),
    unmetDiff: t.exposeFloat('unmetDiff', {
      nullable: true,
      description: 'B − A (null when either side is suppressed).',
    }),
    meanKmA: t.exposeFloat('meanKmA'),
    meanKmB: t.exposeFloat('meanKmB'),
    p90KmA: t.exposeFloat('p90KmA'),
    p90KmB: t.exposeFloat('p90KmB'),
    regularShareA: t.exposeFloat('regularShareA', { nullable: true }),
    regularShareB: t.exposeFloat('regularShareB', { nullable: true }),
    inclusiveShareA: t.exposeFloat('inclusiveShareA', { nullable: true }),
    inclusiveShareB: t.exposeFloat('inclusiveShareB', { nullable: true }),
    actionCostA: t.exposeFloat('actionCostA'),
    actionCostB: t.exposeFloat('actionCostB'),
    cumulativeActionCostA: t.exposeFloat('cumulativeActionCostA'),
    cumulativeActionCostB: t.exposeFloat('cumulativeActionCostB'),
    runningCostA: t.exposeFloat('runningCostA', {
      description: 'Euro this year of the places, groups and FTE plan A added (derived, indicative).',
    }),
    runningCostB: t.exposeFloat('runningCostB'),
    cumulativeCostA: t.exposeFloat('cumulativeCostA', {
      description: 'One-off and running euro of plan A up to and including this year (derived, indicative).',
    }),
    cumulativeCostB: t.exposeFloat('cumulativeCostB'),
    transportCostA: t.exposeFloat('transportCostA', { nullable: true }),
    transportCostB: t.exposeFloat('transportCostB', { nullable: true }),
    fteNeededA: t.exposeFloat('fteNeededA'),
    fteNeededB: t.exposeFloat('fteNeededB'),
    actionsA: t.field({ type: [PlanActionRef], resolve: (r) => r.actionsA }),
    actionsB: t.field({ type: [PlanActionRef], resolve: (r) => r.actionsB }),
  }),
});

const GapDifferenceRef = builder.objectRef<GapDifference>('GapDifference').implement({
  fields: (t) => ({
    zone: t.exposeString('zone', { nullable: true, description: 'Null when compared per gemeente.' }),
    gemeente: t.exposeString('gemeente'),
    category: t.exposeString('category'),
    year: t.exposeInt('year'),
    unmetA: t.field({ type: SuppressedCount, resolve: (r) => r.unmetA }),
    unmetB: t.field({ type: SuppressedCount, resolve: (r) => r.unmetB }),
  }),
});

const PlanComparisonRef = builder.objectRef<PlanComparison>('PlanComparison').implement({
  fields: (t) => ({
    planAId: t.exposeInt('planAId'),
    planBId: t.exposeInt('planBId'),
    years: t.field({
      type: [YearComparisonRef],
      args: { checkpointsOnly: t.arg.boolean({ required: false }) },
      resolve: (c, args) => c.years.filter((y) => !args.checkpointsOnly || y.checkpoint),
    }),
    gapDifferences: t.field({
      type: [GapDifferenceRef],
      description: 'Zone × category gaps that differ, at checkpoint years.',
      resolve: (c) => c.gapDifferences,
    }),
    totalActionCostA: t.exposeFloat('totalActionCostA'),
    totalActionCostB: t.exposeFloat('totalActionCostB'),
    totalCostA: t.exposeFloat('totalCostA', {
      description: 'One-off and running euro of plan A over its planning years (derived, indicative).',
    }),
    totalCostB: t.exposeFloat('totalCostB'),
  }),
});

// --- gemeente ----------------------------------------------------------------
const BuildingNeedYearRef = builder.objectRef<BuildingNeedYear>('BuildingNeedYear').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    extraGroups: t.exposeFloat('extraGroups'),
    openedProvisions: t.exposeStringList('openedProvisions'),
    classroomsNeeded: t.exposeFloat('classroomsNeeded'),
    classroomsNeededCumulative: t.exposeFloat('classroomsNeededCumulative'),
    accessiblePupils: t.field({
      type: SuppressedCount,
      description: 'Pupils needing an accessible building placed at provisions in the gemeente.',
      resolve: (r) => r.accessiblePupils,
    }),
    accessibleBuildingNeeded: t.exposeBoolean('accessibleBuildingNeeded'),
    housingClassrooms: t.exposeInt('housingClassrooms'),
    housingClassroomsCumulative: t.exposeInt('housingClassroomsCumulative'),
    accessibleProjectsCumulative: t.exposeInt('accessibleProjectsCumulative'),
    shortfallClassrooms: t.exposeFloat('shortfallClassrooms'),
  }),
});

const BuildingMismatchRef = builder.objectRef<BuildingMismatch>('BuildingMismatch').implement({
  fields: (t) => ({ year: t.exposeInt('year'), kind: t.exposeString('kind'), message: t.exposeString('message') }),
});

const TransportYearRef = builder.objectRef<TransportYear>('GemeenteTransportYear').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    pupils: t.field({ type: SuppressedCount, resolve: (r) => r.pupils }),
    km: t.exposeFloat('km', {
      nullable: true,
      description: 'One-way pupil-km of those pupils (null when a count behind it is suppressed).',
    }),
    cost: t.exposeFloat('cost', { nullable: true, description: 'Euro per year (indicative; null as km).' }),
  }),
});

const GemeenteBuildingNeedsRef = builder.objectRef<GemeenteBuildingNeeds>('GemeenteBuildingNeeds').implement({
  fields: (t) => ({
    gemeenteCode: t.exposeString('gemeenteCode'),
    gemeenteName: t.exposeString('gemeenteName'),
    planIds: t.exposeIntList('planIds'),
    shownPlans: t.field({ type: [ShownPlanRef], resolve: (n) => n.shownPlans }),
    years: t.field({ type: [BuildingNeedYearRef], resolve: (r) => r.years }),
    mismatches: t.field({ type: [BuildingMismatchRef], resolve: (r) => r.mismatches }),
    transport: t.field({ type: [TransportYearRef], resolve: (r) => r.transport }),
  }),
});

// --- ministry ---------------------------------------------------------------
const YearFiguresRef = builder.objectRef<YearFigures>('OverviewYear').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    checkpoint: t.exposeBoolean('checkpoint'),
    demand: t.field({ type: SuppressedCount, resolve: (y) => y.demand }),
    unmet: t.field({ type: SuppressedCount, resolve: (y) => y.unmet }),
    meanKm: t.exposeFloat('meanKm', {
      nullable: true,
      description: 'Pupil-weighted mean one-way km to the provisions.',
    }),
    p90Km: t.exposeFloat('p90Km', {
      nullable: true,
      description:
        '90th percentile of that km; nationally to the 1-km band (its lower bound), derived from the plans’ travel bands.',
    }),
    regularShare: t.exposeFloat('regularShare', { nullable: true }),
    inclusiveShare: t.exposeFloat('inclusiveShare', { nullable: true }),
    plannedSboShare: t.exposeFloat('plannedSboShare', {
      nullable: true,
      description: 'SBO participation of the plan: rung-3 pupils ÷ BAO + SBO pupils (PO regions; see indicators).',
    }),
    plannedVsoShare: t.exposeFloat('plannedVsoShare', { nullable: true }),
    plannedSboLineCost: t.exposeFloat('plannedSboLineCost', {
      nullable: true,
      description: 'Euro per year the plan’s SBO participation costs (+) or yields (−) against the 2 % line.',
    }),
    nationalProvisionPupils: t.field({ type: SuppressedCount, resolve: (y) => y.nationalProvisionPupils }),
  }),
});

const RegionOverviewRef = builder.objectRef<RegionOverview>('RegionOverview').implement({
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    sector: t.exposeString('sector'),
    planId: t.exposeInt('planId', { nullable: true }),
    planStatus: t.exposeString('planStatus', { nullable: true }),
    shownPlan: t.field({
      type: ShownPlanRef,
      nullable: true,
      description: 'Which plan the figures come from (adopted or baseline); null: the region shows no plan yet.',
      resolve: (r) => r.shownPlan,
    }),
    totalPupils: t.exposeInt('totalPupils'),
    currentSboShare: t.exposeFloat('currentSboShare', {
      nullable: true,
      description: 'SBO participation today: SBO ÷ (BAO + SBO) pupils on 1 October (PO regions; see indicators).',
    }),
    sboAboveThreshold: t.exposeBoolean('sboAboveThreshold', { nullable: true }),
    sboLineCost: t.exposeFloat('sboLineCost', {
      nullable: true,
      description: 'Euro per year the SWV pays (+) or receives (−) for SBO participation against the 2 % line today.',
    }),
    currentVsoShare: t.exposeFloat('currentVsoShare', { nullable: true }),
    waitingList: t.field({
      type: SuppressedCount,
      description: 'Value null and not suppressed: no waiting list was ever imported (no data, not 0).',
      resolve: (r) => r.waitingList,
    }),
    years: t.field({ type: [YearFiguresRef], resolve: (r) => r.years }),
  }),
});

const NationalProvisionUseRef = builder.objectRef<NationalProvisionUse>('NationalProvisionUse').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    capacity: t.exposeInt('capacity'),
    usedByYear: t.field({
      type: [
        builder.objectRef<NationalProvisionYear>('NationalProvisionYear').implement({
          description: 'Use of a national provision in one year, summed over the plans every region shows.',
          fields: (u) => ({
            year: u.exposeInt('year'),
            pupils: u.field({ type: SuppressedCount, resolve: (r) => r.pupils }),
            capacity: u.exposeFloat('capacity', { description: 'Places (all categories, reference data).' }),
            overbooked: u.exposeBoolean('overbooked', {
              nullable: true,
              description: 'More pupils than places; null when the use is suppressed.',
            }),
            note: u.exposeString('note', { description: 'Use against capacity in words (English).' }),
          }),
        }),
      ],
      resolve: (n) => n.usedByYear,
    }),
  }),
});

const IndicatorRef = builder.objectRef<IndicatorDefinition>('IndicatorDefinition').implement({
  description: 'How an indicator is defined, with its source (one place: @dekkend/domain indicators.ts).',
  fields: (t) => ({
    code: t.exposeString('code'),
    labelNl: t.string({ resolve: (i) => i.label.nl }),
    labelEn: t.string({ resolve: (i) => i.label.en }),
    definition: t.exposeString('definition'),
    source: t.exposeString('source'),
  }),
});

export const SourcedValueRef = builder.objectRef<{ value: number; source: string }>('SourcedValue').implement({
  description: 'A parameter value with where it comes from (a source or the word assumption).',
  fields: (t) => ({ value: t.exposeFloat('value'), source: t.exposeString('source') }),
});

const NationalOverviewRef = builder.objectRef<NationalOverview>('NationalOverview').implement({
  fields: (t) => ({
    sboThreshold: t.exposeFloat('sboThreshold'),
    sboLinePerPupil: t.field({ type: SourcedValueRef, resolve: (o) => o.sboLinePerPupil }),
    indicators: t.field({ type: [IndicatorRef], resolve: (o) => o.indicators }),
    waitingListImported: t.exposeBoolean('waitingListImported'),
    checkpointYears: t.exposeIntList('checkpointYears'),
    regionsWithPlan: t.exposeInt('regionsWithPlan'),
    regions: t.field({ type: [RegionOverviewRef], resolve: (o) => o.regions }),
    national: t.field({ type: [YearFiguresRef], resolve: (o) => o.national }),
    nationalProvisions: t.field({ type: [NationalProvisionUseRef], resolve: (o) => o.nationalProvisions }),
  }),
});

builder.queryFields((t) => ({
  comparePlans: t.field({
    type: PlanComparisonRef,
    authScopes: { signedIn: true },
    args: { planA: t.arg.int({ required: true }), planB: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => comparePlans(ctx, args.planA, args.planB),
  }),
  gemeenteBuildingNeeds: t.field({
    type: GemeenteBuildingNeedsRef,
    authScopes: { signedIn: true },
    description:
      "What the chosen plans (default: the latest successful plan of each of the gemeente's regions) need in buildings, against its housing projects.",
    args: { gemeenteCode: t.arg.string({ required: true }), planIds: t.arg.intList({ required: false }) },
    resolve: (_root, args, ctx) => gemeenteBuildingNeeds(ctx, args.gemeenteCode, args.planIds),
  }),
  nationalOverview: t.field({
    type: NationalOverviewRef,
    authScopes: { signedIn: true },
    description:
      'Ministry: every region (or the ones named) and the national totals. Planners and gemeenten may ask for their own region(s) only.',
    args: {
      regionCodes: t.arg.stringList({ required: false }),
      year: t.arg.int({ required: false }),
      sboLinePerPupil: t.arg.float({
        required: false,
        description: 'Euro per SBO pupil above the 2 % line (default: the cost table, an assumption).',
      }),
    },
    resolve: (_root, args, ctx) => nationalOverview(ctx, args),
  }),
}));

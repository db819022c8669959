/**
 * The one mapping from the engine's Plan (+ the context the API keeps with it) to the
 * plan-result tables (prisma/schema.prisma, "Plan results as tables"). Pure. A new
 * plan output becomes a table or a column here and nowhere else.
 */
import type {
  PlanActionModel,
  PlanCoverageModel,
  PlanGemeenteGapModel,
  PlanProvisionModel,
  PlanSpecialistModel,
  PlanTransportModel,
  PlanTravelBinModel,
  PlanUtilisationModel,
  PlanYearModel,
} from '@dekkend/db';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import type { TimelineYear } from '@dekkend/engine';

type Row<T> = Omit<T, 'id' | 'planId'>;

export interface PlanRows {
  years: Row<PlanYearModel>[];
  coverage: Row<PlanCoverageModel>[];
  gemeenteGaps: Row<PlanGemeenteGapModel>[];
  utilisation: Row<PlanUtilisationModel>[];
  actions: Row<PlanActionModel>[];
  transport: Row<PlanTransportModel>[];
  specialists: Row<PlanSpecialistModel>[];
  travelBins: Row<PlanTravelBinModel>[];
  provisions: Row<PlanProvisionModel>[];
}

const RUNGS = [1, 2, 3, 4, 5] as const;
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A plan year's movement of pupils (plans over time; null for plans made year by year). */
function movementOf(moved: TimelineYear | undefined) {
  return {
    entrants: moved ? r6(moved.entrants) : null,
    waitingAtStart: moved ? r6(moved.waitingAtStart) : null,
    returned: moved ? r6(moved.returned) : null,
    followUpHoursPerWeek: moved ? r6(moved.followUpHoursPerWeek) : null,
    onward: moved ? r6(moved.onward) : null,
    expectedWaitYears: moved?.expectedWaitYears ?? null,
  };
}

/** Rows of one solved plan; `regionId` is the plan's region. `hidden` is left empty (see privacy/). */
export function planRows(stored: StoredPlanResult, regionId: number): PlanRows {
  const { plan, context } = stored;
  const national = new Set(context.provisions.filter((p) => p.region === null).map((p) => p.id));
  const nationalByYear = new Map<number, number>();
  for (const f of plan.flows)
    if (national.has(f.provision)) nationalByYear.set(f.year, (nationalByYear.get(f.year) ?? 0) + f.pupils);
  const travelByYear = new Map(plan.travel.map((t) => [t.year, t]));
  const movementByYear = new Map((plan.timeline?.years ?? []).map((t) => [t.year, t]));
  return {
    years: plan.perYear.map((y) => {
      const travel = travelByYear.get(y.year) ?? y.travel;
      return {
        regionId,
        year: y.year,
        checkpoint: y.checkpoint,
        demand: y.demand,
        placedRung1: y.placedByRung[1] ?? 0,
        placedRung2: y.placedByRung[2] ?? 0,
        placedRung3: y.placedByRung[3] ?? 0,
        placedRung4: y.placedByRung[4] ?? 0,
        placedRung5: y.placedByRung[5] ?? 0,
        unmetNoCapacity: y.unmetNoCapacity,
        unmetOutOfReach: y.unmetOutOfReach,
        nationalProvisionPupils: r6(nationalByYear.get(y.year) ?? 0),
        travelPupils: travel.pupils,
        meanKm: travel.meanKm,
        p90Km: travel.p90Km,
        maxKm: travel.maxKm,
        pupilKm: travel.pupilKm,
        transportCost: y.transportCost,
        fteNeeded: y.fteNeeded,
        actionCost: y.actionCost,
        runningCost: y.runningCost,
        cumulativeCost: y.cumulativeCost,
        ...movementOf(movementByYear.get(y.year)),
        objectiveUnmet: y.objective.unmet,
        objectiveSegregation: y.objective.segregation,
        objectiveTravel: y.objective.travel,
        objectiveCost: y.objective.cost,
        objectiveTotal: y.objective.total,
        hidden: '',
      };
    }),
    coverage: coverageRows(stored, regionId),
    gemeenteGaps: gemeenteGapRows(stored, regionId),
    utilisation: utilisationRows(stored, regionId),
    actions: actionRows(stored),
    transport: plan.transport.map((t) => ({ regionId, ...t, hidden: '' })),
    specialists: plan.specialists.map((s) => ({ regionId, ...s })),
    travelBins: travelBinRows(stored),
    provisions: context.provisions.map((p) => ({
      code: p.id,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      rung: p.rung,
      gemeente: p.gemeente,
      region: p.region,
      accessible: p.accessible,
      status: p.status,
      groupSize: p.groupSize,
      hostSchool: p.hostSchool,
    })),
  };
}

const key = (...parts: (string | number | null)[]) => parts.join('|');

/** Zone × category × year with demand; pupils placed per rung from the flows (rung 1: own school). */
function coverageRows(stored: StoredPlanResult, regionId: number): Row<PlanCoverageModel>[] {
  const placed = new Map<string, number[]>();
  const add = (zone: string, category: string, year: number, rung: number, pupils: number) => {
    const k = key(zone, category, year);
    const byRung = placed.get(k) ?? [0, 0, 0, 0, 0];
    byRung[rung - 1]! += pupils;
    placed.set(k, byRung);
  };
  for (const f of stored.plan.flows) add(f.zone, f.category, f.year, f.rung, f.pupils);
  for (const r of stored.plan.regular) add(r.zone, r.category, r.year, 1, r.pupils);
  return stored.plan.coverage
    .filter((c) => c.demand > 0)
    .map((c) => {
      const byRung = placed.get(key(c.zone, c.category, c.year)) ?? [0, 0, 0, 0, 0];
      return {
        regionId,
        zone: c.zone,
        gemeente: c.gemeente,
        category: c.category,
        year: c.year,
        demand: c.demand,
        placedRung1: r6(byRung[0]!),
        placedRung2: r6(byRung[1]!),
        placedRung3: r6(byRung[2]!),
        placedRung4: r6(byRung[3]!),
        placedRung5: r6(byRung[4]!),
        unmetNoCapacity: c.unmetNoCapacity,
        unmetOutOfReach: c.unmetOutOfReach,
      };
    });
}

/** Unmet demand summed over the zones of each gemeente (rows with unmet demand only). */
function gemeenteGapRows(stored: StoredPlanResult, regionId: number): Row<PlanGemeenteGapModel>[] {
  const cells = new Map<string, Row<PlanGemeenteGapModel>>();
  for (const c of stored.plan.coverage) {
    if (c.unmetNoCapacity + c.unmetOutOfReach <= 1e-9) continue;
    const k = key(c.gemeente, c.category, c.year);
    const cell = cells.get(k) ?? {
      regionId,
      gemeente: c.gemeente,
      category: c.category,
      year: c.year,
      unmetNoCapacity: 0,
      unmetOutOfReach: 0,
      hidden: '',
    };
    cell.unmetNoCapacity = r6(cell.unmetNoCapacity + c.unmetNoCapacity);
    cell.unmetOutOfReach = r6(cell.unmetOutOfReach + c.unmetOutOfReach);
    cells.set(k, cell);
  }
  return [...cells.values()];
}

/**
 * Pupils per provision × category × year and per provision × year (category null), summed
 * from the flows, so the category rows add up to the total row; capacity and dual price
 * come from the engine's capacity row with the same key, when there is one; plans over time add
 * the pupils waiting for a place there and the expected waiting time.
 */
function utilisationRows(stored: StoredPlanResult, regionId: number): Row<PlanUtilisationModel>[] {
  const rows = new Map<string, Row<PlanUtilisationModel>>();
  const row = (provision: string, category: string | null, year: number) => {
    const k = key(provision, category, year);
    let r = rows.get(k);
    if (!r) {
      r = {
        regionId,
        provision,
        category,
        year,
        used: 0,
        capacity: null,
        dualValue: null,
        dualUnmetEquivalent: null,
        waiting: null,
        intake: null,
        expectedWaitYears: null,
        hidden: '',
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const f of stored.plan.flows) {
    row(f.provision, f.category, f.year).used += f.pupils;
    row(f.provision, null, f.year).used += f.pupils;
  }
  for (const u of stored.plan.utilisation) {
    row(u.provision, u.category, u.year).capacity = u.capacity;
    row(u.provision, null, u.year); // every provision-year has its total row
  }
  for (const d of stored.plan.duals) {
    const r = row(d.provision, d.category, d.year);
    r.dualValue = d.value;
    r.dualUnmetEquivalent = d.unmetPupilEquivalent;
  }
  // Plans over time: the waiting projection per provision × category (engine timeline.waitingAt).
  for (const w of stored.plan.timeline?.waitingAt ?? []) {
    const r = row(w.provision, w.category, w.year);
    r.waiting = w.pupils;
    r.intake = w.intake;
    r.expectedWaitYears = w.expectedWaitYears;
  }
  return [...rows.values()].map((r) => ({ ...r, used: r6(r.used) }));
}

function travelBinRows(stored: StoredPlanResult): Row<PlanTravelBinModel>[] {
  const bins = new Map<string, Row<PlanTravelBinModel>>();
  for (const f of stored.plan.flows) {
    const km = Math.floor(f.km);
    const k = key(f.year, km);
    const bin = bins.get(k) ?? { year: f.year, km, pupils: 0 };
    bin.pupils += f.pupils;
    bins.set(k, bin);
  }
  return [...bins.values()].map((b) => ({ ...b, pupils: r6(b.pupils) }));
}

export { RUNGS };

/** The plan's actions; an opened provision with a funder split (engine-port `funders`) carries its shares. */
function actionRows(stored: StoredPlanResult): Row<PlanActionModel>[] {
  return stored.plan.actions.map((a) => {
    const split = a.kind === 'open' ? stored.funders?.[a.target] : undefined;
    return {
      year: a.year,
      kind: a.kind,
      target: a.target,
      category: a.category ?? null,
      quantity: a.quantity,
      cost: a.cost,
      runningCostPerYear: a.runningCostPerYear,
      outright: a.outright === true,
      description: a.description,
      funderBoard: split?.board ?? null,
      funderSwv: split?.swv ?? null,
      funderGemeente: split?.gemeente ?? null,
      funderSource: split?.source ?? null,
    };
  });
}

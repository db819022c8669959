/** Plan → CSV tables and a short human summary (pure string functions). */
import type { Plan } from './plan.ts';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function table<T extends object>(rows: T[], columns: (keyof T)[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

/** One CSV text per table of the plan, keyed by file name. */
export function planToCsv(plan: Plan): Record<string, string> {
  return {
    'flows.csv': table(plan.flows, ['year', 'zone', 'provision', 'category', 'rung', 'pupils', 'km']),
    'regular.csv': table(plan.regular, ['year', 'zone', 'category', 'pupils', 'hoursPerWeek']),
    'coverage.csv': table(plan.coverage, [
      'year',
      'region',
      'gemeente',
      'zone',
      'category',
      'demand',
      'served',
      'servedRegular',
      'servedProvision',
      'unmetNoCapacity',
      'unmetOutOfReach',
    ]),
    'utilisation.csv': table(plan.utilisation, ['year', 'provision', 'name', 'category', 'used', 'capacity', 'share']),
    'actions.csv': table(plan.actions, [
      'year',
      'kind',
      'target',
      'category',
      'quantity',
      'cost',
      'runningCostPerYear',
      'runningCostTotal',
      'outright',
      'description',
    ]),
    'specialists.csv': table(plan.specialists, [
      'year',
      'pool',
      'kind',
      'region',
      'hoursNeeded',
      'hoursAvailable',
      'fteNeeded',
      'fteAvailable',
      'fteAdded',
    ]),
    'transport.csv': table(plan.transport, ['year', 'gemeente', 'pupils', 'km', 'cost']),
    'duals.csv': table(plan.duals, ['year', 'provision', 'category', 'value', 'unmetPupilEquivalent']),
    'years.csv': yearsCsv(plan),
    // Plans over time: who waits for which provision (derived, see Timeline.waitingAt).
    ...(plan.timeline
      ? {
          'waiting.csv': table(plan.timeline.waitingAt, [
            'year',
            'provision',
            'category',
            'pupils',
            'intake',
            'expectedWaitYears',
          ]),
        }
      : {}),
  };
}

/** The per-year summaries as CSV. */
function yearsCsv(plan: Plan): string {
  return table(
    plan.perYear.map((y) => ({
      year: y.year,
      checkpoint: y.checkpoint,
      demand: y.demand,
      rung1: y.placedByRung[1],
      rung2: y.placedByRung[2],
      rung3: y.placedByRung[3],
      rung4: y.placedByRung[4],
      rung5: y.placedByRung[5],
      unmetNoCapacity: y.unmetNoCapacity,
      unmetOutOfReach: y.unmetOutOfReach,
      coverage: y.coverage,
      inclusiveShare: y.inclusiveShare,
      meanKm: y.travel.meanKm,
      p90Km: y.travel.p90Km,
      pupilKm: y.travel.pupilKm,
      transportCost: y.transportCost,
      fteNeeded: y.fteNeeded,
      actionCost: y.actionCost,
      runningCost: y.runningCost,
      cumulativeCost: y.cumulativeCost,
    })),
    [
      'year',
      'checkpoint',
      'demand',
      'rung1',
      'rung2',
      'rung3',
      'rung4',
      'rung5',
      'unmetNoCapacity',
      'unmetOutOfReach',
      'coverage',
      'inclusiveShare',
      'meanKm',
      'p90Km',
      'pupilKm',
      'transportCost',
      'fteNeeded',
      'actionCost',
      'runningCost',
      'cumulativeCost',
    ],
  );
}

const n1 = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 1 });
const eur = (v: number) => `€${Math.round(v).toLocaleString('en')}`;

/** A few lines a planner can read. */
export function planSummary(plan: Plan): string {
  const out: string[] = [];
  out.push(`Plan${plan.name ? ` "${plan.name}"` : ''}: ${plan.statusReason}`);
  out.push(
    `Model: ${plan.model.columns.toLocaleString('en')} columns, ${plan.model.rows.toLocaleString('en')} rows, ${plan.model.integers} integer; ${plan.method}${plan.model.blocks > 1 ? ` (${plan.model.blocks} blocks)` : ''} with ${plan.backend || '-'}; build ${plan.timings.buildMs.toFixed(0)} ms, solve ${plan.timings.solveMs.toFixed(0)} ms`,
  );
  if (plan.objective !== null) {
    const b = plan.objectiveBreakdown;
    out.push(
      `Objective ${n1(plan.objective)} = unmet ${n1(b.unmet)} + segregation ${n1(b.segregation)} + travel ${n1(b.travel)} + cost ${n1(b.cost)}${plan.status === 'time-limit' ? ` (bound ${n1(plan.bound ?? NaN)})` : ''}`,
    );
    out.push(
      `Verified against every constraint: ${plan.verification.ok ? 'yes' : `NO (${plan.verification.violations.slice(0, 2).join('; ')})`}`,
    );
  }
  for (const y of plan.perYear) {
    if (!y.checkpoint && plan.perYear.length > 1 && y !== plan.perYear[0]) continue;
    out.push(
      `${y.year}${y.checkpoint ? ' (checkpoint)' : ''}: demand ${n1(y.demand)}, placed ${n1(y.demand - y.unmet)} (coverage ${(y.coverage * 100).toFixed(1)}%, inclusive ${(y.inclusiveShare * 100).toFixed(1)}%), unmet ${n1(y.unmetNoCapacity)} for lack of capacity + ${n1(y.unmetOutOfReach)} out of reach; travel mean ${n1(y.travel.meanKm)} km, p90 ${n1(y.travel.p90Km)} km; transport ${eur(y.transportCost)}; specialists ${n1(y.fteNeeded)} FTE; cost ${eur(y.actionCost)} one-off + ${eur(y.runningCost)} running (cumulative ${eur(y.cumulativeCost)})`,
    );
  }
  if (plan.actions.length > 0) {
    out.push(`Actions (${plan.actions.length}):`);
    for (const a of plan.actions.slice(0, 10))
      out.push(`  - ${a.description}: ${eur(a.cost)} one-off, ${eur(a.runningCostPerYear)} a year`);
    if (plan.actions.length > 10) out.push(`  … and ${plan.actions.length - 10} more (actions.csv)`);
  }
  const topDuals = [...plan.duals].sort((a, b) => b.value - a.value).slice(0, 3);
  if (topDuals.length > 0)
    out.push(
      `Most valuable extra place: ${topDuals.map((d) => `${d.provision}${d.category ? `/${d.category}` : ''} ${d.year} (${n1(d.value)})`).join(', ')}`,
    );
  for (const w of plan.warnings.slice(0, 5)) out.push(`Warning: ${w}`);
  return out.join('\n') + '\n';
}

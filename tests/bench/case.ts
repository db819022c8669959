/**
 * One benchmark measurement in a fresh process (so peak memory is its own):
 *   tsx tests/bench/case.ts <case> <backend> <method> [repeats] [--mps FILE] [--source db|csv]
 * Prints one line `RESULT {json}`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  buildModel,
  problemFromRegionData,
  solveDetailed,
  mpsChunks,
  validateProblem,
  type BackendName,
} from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';
import { CASES, loadBenchData, type Source } from './data.ts';

const [caseId = 'a', backend = 'highs', method = 'auto', repeatsArg = '1', ...rest] = process.argv.slice(2);
const mpsAt = rest.indexOf('--mps');
const mpsFile = mpsAt >= 0 ? rest[mpsAt + 1] : undefined;
const srcAt = rest.indexOf('--source');
const source = (srcAt >= 0 ? rest[srcAt + 1] : 'auto') as Source | 'auto';
const tlAt = rest.indexOf('--time-limit');
const timeLimit = tlAt >= 0 ? Number(rest[tlAt + 1]) : 600;
const native = coinOrSolver();
const bench = CASES[caseId];
if (!bench) throw new Error(`unknown case ${caseId}`);

const { data, source: used, loadMs } = await loadBenchData(bench.regions, bench.years, source);
const runs: { inputToPlanMs: number; mapMs: number; buildMs: number; solveMs: number; reportMs: number }[] = [];
let last: Awaited<ReturnType<typeof solveDetailed>> | undefined;
const repeats = Math.max(1, Number(repeatsArg));
for (let r = 0; r < repeats; r++) {
  const t0 = performance.now();
  const problem = problemFromRegionData(data, bench.scenario);
  const mapMs = performance.now() - t0;
  last = await solveDetailed(problem, {
    // as the API and CLI do: native CBC/CLP injected (used under `auto` where it pays, and by `native`)
    native,
    backend: backend as BackendName,
    method: method as 'auto',
    timeLimitSeconds: timeLimit,
  });
  const t = last.plan.timings;
  runs.push({
    inputToPlanMs: performance.now() - t0,
    mapMs,
    buildMs: t.validateMs + t.buildMs,
    solveMs: t.solveMs,
    reportMs: t.reportMs,
  });
}
const plan = last!.plan;
let mpsMs: number | undefined;
if (mpsFile) {
  const t = performance.now();
  // The model as solved (plans over time: after the first-year plan set each zone's base).
  const built = last!.built ?? buildModel(validateProblem(problemFromRegionData(data, bench.scenario)));
  // In chunks: the country planned over time is about 1.5 GB of MPS, more than one string can hold.
  const fd = openSync(mpsFile, 'w');
  for (const chunk of mpsChunks(built.lp, `DEKKEND_${caseId.toUpperCase()} FREE`)) writeSync(fd, chunk);
  closeSync(fd);
  mpsMs = performance.now() - t;
}
const warm = runs.length > 1 ? runs.slice(1).reduce((a, b) => (b.inputToPlanMs < a.inputToPlanMs ? b : a)) : undefined;
const result = {
  case: caseId,
  backend,
  method,
  source: used,
  loadMs,
  areas: data.areas.length,
  provisions: data.provisions.length,
  status: plan.status,
  statusReason: plan.statusReason,
  usedBackend: plan.backend,
  parts: plan.parts,
  gap: plan.gap,
  usedMethod: plan.method,
  objective: plan.objective,
  bound: plan.bound,
  verified: plan.verification.ok,
  model: plan.model,
  cold: runs[0],
  warm,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  mpsMs,
  unmet: plan.perYear.reduce((s, y) => s + y.unmet, 0),
  demand: plan.perYear.reduce((s, y) => s + y.demand, 0),
  actions: plan.actions.length,
};
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);

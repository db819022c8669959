/**
 * `npm run bench`: the engine on real data (seeded database, or the open-data
 * CSVs when it is absent), per back-end, against native COIN-OR CLP on the
 * same model written as MPS. One heavy process at a time.
 *
 *   tsx tests/bench/run.ts [--cases a,b,c,d,dn,cmip,bmip,api,overview] [--quick] [--source db|csv]
 *
 * Cases d and dn are plans over time (issue 8: entrants, stays, returns, base stock; `overTime`);
 * dn, the whole country over ten years, is not in the default list (minutes, and CLP longer).
 *
 * Case `api` (tests/bench/api-solve.ts): "Doorrekenen" → stored plan for PO3106
 * through the API's solve queue, cold (fresh thread per solve) and warm (pool).
 * Case `load` (tests/bench/load.ts): p50/p95 of the planner's map query and a plan
 * read over HTTP (autocannon), idle and while 10 solves are queued.
 * Case `scale` (tests/bench/scale-out.ts, not in the default list: it starts redis-server and
 * worker processes): scenario solves and national-run region plans per minute on 1 and 2 BullMQ
 * workers (BENCH_SEEDED_DB=<seeded SQLite file> for the national run on the seeded data).
 * Case `overview` (tests/bench/overview.ts, not in the default list: it stores a plan
 * for every region first): nationalOverview p95 (target < 200 ms) and a region plan's
 * stored size in the plan tables (target < 150 KB for ten years).
 *
 * Targets (2-core machine): (a) < 300 ms input → plan once warm; (b) < 30 s
 * with CLP's objective on the monolithic national model; (c) < 5 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CASES } from './data.ts';
import { cbcAvailable as haveCbc, clpAvailable as haveClp, runCbc, runClp } from './native.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const cases = (opt('--cases') ?? 'a,b,c,d,cmip,api,load').split(',');
const source = opt('--source') ?? 'auto';
const dir = resolve(process.env.TMPDIR ?? '/tmp', 'dekkend-bench');
mkdirSync(dir, { recursive: true });
const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

interface Result {
  case: string;
  backend: string;
  method: string;
  source: string;
  status: string;
  statusReason: string;
  usedBackend: string;
  parts?: { backend: string; blocks: number }[];
  gap?: number | null;
  usedMethod: string;
  objective: number | null;
  verified: boolean;
  model: { columns: number; rows: number; nonzeros: number; integers: number; arcs: number; blocks: number };
  cold: { inputToPlanMs: number; buildMs: number; solveMs: number };
  warm?: { inputToPlanMs: number; buildMs: number; solveMs: number };
  maxRssMb: number;
  loadMs: number;
  areas: number;
  provisions: number;
  unmet: number;
  demand: number;
  actions: number;
}

function runCase(
  caseId: string,
  backend: string,
  method: string,
  repeats: number,
  extra: string[] = [],
): Result | { error: string } {
  const t = performance.now();
  const p = spawnSync(
    tsx,
    [resolve(import.meta.dirname, 'case.ts'), caseId, backend, method, String(repeats), '--source', source, ...extra],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 20 * 60 * 1000,
    },
  );
  const line = (p.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (!line)
    return {
      error: `${caseId}/${backend}/${method} failed after ${((performance.now() - t) / 1000).toFixed(1)} s: ${(
        p.stderr ||
        p.error?.message ||
        ''
      )
        .split('\n')
        .filter((l) => l && !l.startsWith('npm warn'))
        .slice(-3)
        .join(' | ')}`,
    };
  return JSON.parse(line.slice(7)) as Result;
}

const s = (ms: number | undefined) =>
  ms === undefined ? '-' : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

const clpAvailable = haveClp();
const cbcAvailable = haveCbc();
const lines: string[] = [];
const print = (l: string) => {
  lines.push(l);
  process.stdout.write(`${l}\n`);
};

const os = await import('node:os');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
print(
  `Dekkend engine benchmark — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${load()} (1/5/15 min; the machine is shared)`,
);
for (const id of cases) {
  if (id === 'overview') {
    print('');
    print('== nationalOverview with a baseline plan for every region (tests/bench/overview.ts)');
    const p = spawnSync(tsx, [resolve(import.meta.dirname, 'overview.ts'), quick ? '10' : '30'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60 * 60 * 1000,
    });
    for (const l of (p.stdout ?? '').split('\n').filter(Boolean)) print(l);
    if (p.status !== 0) print(`  failed: ${(p.stderr ?? '').split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  if (id === 'api') {
    print('');
    print('== End to end: "Doorrekenen" → stored plan through the API solve queue (tests/bench/api-solve.ts)');
    const p = spawnSync(tsx, [resolve(import.meta.dirname, 'api-solve.ts'), quick ? '2' : '3'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20 * 60 * 1000,
    });
    for (const l of (p.stdout ?? '').split('\n').filter(Boolean)) print(l);
    if (p.status !== 0) print(`  failed: ${(p.stderr ?? '').split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  if (id === 'load') {
    print('');
    print('== Reads under load: map query and plan read, idle and with 10 solves queued (tests/bench/load.ts)');
    const p = spawnSync(tsx, [resolve(import.meta.dirname, 'load.ts'), quick ? '4' : '8'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 10 * 60 * 1000,
    });
    for (const l of (p.stdout ?? '').split('\n').filter(Boolean)) print(l);
    if (p.status !== 0) print(`  failed: ${(p.stderr ?? '').split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  if (id === 'scale') {
    print('');
    print('== Scale-out: solves per minute on 1 and 2 BullMQ worker processes (tests/bench/scale-out.ts)');
    const p = spawnSync(tsx, [resolve(import.meta.dirname, 'scale-out.ts'), '--solves', quick ? '8' : '24'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30 * 60 * 1000,
    });
    for (const l of (p.stdout ?? '').split('\n').filter(Boolean)) print(l);
    if (p.status !== 0) print(`  failed: ${(p.stderr ?? '').split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  const bench = CASES[id];
  if (!bench) {
    print(`unknown case ${id}`);
    continue;
  }
  print('');
  print(`== ${bench.title}`);
  const plan: { backend: string; method: string; repeats: number; note?: string; extra?: string[] }[] =
    id === 'a'
      ? [
          {
            backend: 'auto',
            method: 'auto',
            repeats: quick ? 3 : 6,
            note: 'default: min-cost flow where a block is a network, HiGHS elsewhere',
          },
          { backend: 'highs', method: 'monolithic', repeats: 3 },
          { backend: 'highs', method: 'decomposed', repeats: 3 },
          { backend: 'jslp', method: 'monolithic', repeats: 2 },
          { backend: 'jslp', method: 'decomposed', repeats: 2 },
        ]
      : id === 'b' || id === 'bmip' || id === 'dn'
        ? [
            {
              backend: 'auto',
              method: 'decomposed',
              repeats: 2,
              ...(id === 'bmip' ? { extra: ['--time-limit', '60'] } : {}),
              note: 'default: min-cost flow where a block is a network, native CBC/CLP where it pays, HiGHS elsewhere',
            },
            { backend: 'highs', method: 'decomposed', repeats: 2 },
            ...(quick
              ? []
              : [
                  {
                    backend: 'highs',
                    method: 'monolithic',
                    repeats: 1,
                    extra: ['--time-limit', '240'],
                    note: 'monolithic HiGHS, 240 s limit',
                  },
                ]),
            { backend: 'jslp', method: 'monolithic', repeats: 1, note: 'dense tableau: refused above its size limit' },
          ]
        : [
            { backend: 'auto', method: 'auto', repeats: 3, note: 'default (native CBC/CLP where it pays)' },
            { backend: 'native', method: 'decomposed', repeats: 2, note: 'every block to native CBC/CLP' },
            { backend: 'highs', method: 'monolithic', repeats: 3 },
            { backend: 'highs', method: 'decomposed', repeats: 3 },
            { backend: 'jslp', method: 'monolithic', repeats: 1, note: 'dense tableau: refused above its size limit' },
          ];
  const results: Result[] = [];
  const mps = resolve(dir, `${id}.mps`);
  let first = true;
  for (const p of plan) {
    const r = runCase(id, p.backend, p.method, p.repeats, [...(first ? ['--mps', mps] : []), ...(p.extra ?? [])]);
    first = false;
    if ('error' in r) {
      print(`  ${p.backend}/${p.method}: ${r.error}`);
      continue;
    }
    if (results.length === 0) {
      print(
        `  data: ${r.source} (${r.areas} areas, ${r.provisions} provisions; load ${s(r.loadMs)}); demand ${r.demand.toFixed(0)} pupil-years, unmet ${r.unmet.toFixed(1)}`,
      );
      print(
        `  model: ${r.model.columns.toLocaleString('en')} columns (${r.model.arcs.toLocaleString('en')} arcs, ${r.model.integers} integer), ${r.model.rows.toLocaleString('en')} rows, ${r.model.nonzeros.toLocaleString('en')} nonzeros`,
      );
    }
    results.push(r);
    const warm = r.warm
      ? `; warm: input→plan ${s(r.warm.inputToPlanMs)} (build ${s(r.warm.buildMs)}, solve ${s(r.warm.solveMs)})`
      : '';
    print(
      `  ${`${p.backend}/${p.method}`.padEnd(18)} ${r.status.padEnd(10)} obj ${r.objective === null ? '-' : r.objective.toFixed(4)}  ${r.usedMethod}${r.model.blocks > 1 ? ` (${r.model.blocks} blocks)` : ''}; cold: input→plan ${s(r.cold.inputToPlanMs)} (build ${s(r.cold.buildMs)}, solve ${s(r.cold.solveMs)})${warm}; peak ${r.maxRssMb.toFixed(0)} MB; verified ${r.verified ? 'yes' : 'NO'}${r.status !== 'optimal' ? ` — ${r.statusReason.slice(0, 160)}` : ''}${p.note ? ` [${p.note}]` : ''}`,
    );
  }
  const ours = results.filter((r) => r.status === 'optimal' && r.objective !== null);
  const best = ours.reduce<Result | undefined>(
    (a, b) => (!a || (b.warm ?? b.cold).inputToPlanMs < (a.warm ?? a.cold).inputToPlanMs ? b : a),
    undefined,
  );
  for (const r of ours)
    if (rel(r.objective!, ours[0]!.objective!) > 1e-6)
      print(
        `  !! ${r.backend}/${r.method} objective differs from ${ours[0]!.backend}/${ours[0]!.method}: ${r.objective} vs ${ours[0]!.objective}`,
      );
  if (clpAvailable && existsSync(mps)) {
    const c = runClp(mps);
    const isMip = (results[0]?.model.integers ?? 0) > 0;
    print(
      `  native CLP on ${(statSync(mps).size / 1e6).toFixed(1)} MB MPS: ${c.status}, obj ${c.objective ?? '-'}; solve ${c.solveS ?? '-'} s, wall ${c.wallS.toFixed(3)} s (process incl. reading MPS), peak ${c.maxRssMb.toFixed(0)} MB${isMip ? ' — LP relaxation (CLP ignores integrality): a lower bound for the MIP' : ''}`,
    );
    if (best && c.objective !== null) {
      const ourMs = (best.warm ?? best.cold).inputToPlanMs;
      const ourCold = best.cold.inputToPlanMs;
      const agree = isMip
        ? c.objective <= best.objective! * (1 + 1e-6) + 1e-6
        : rel(c.objective, best.objective!) < 1e-6;
      print(
        `  ours (${best.backend}/${best.method}) vs CLP: warm ${s(ourMs)} / cold ${s(ourCold)} input→plan vs CLP wall ${c.wallS.toFixed(3)} s → ratio ${(ourMs / 1000 / c.wallS).toFixed(2)} (cold ${(ourCold / 1000 / c.wallS).toFixed(2)}); objectives ${isMip ? (agree ? 'consistent (CLP LP bound ≤ our MIP optimum)' : 'INCONSISTENT') : agree ? `agree (rel. diff ${rel(c.objective, best.objective!).toExponential(1)})` : `DISAGREE (${c.objective} vs ${best.objective})`}`,
      );
    }
    if (isMip && cbcAvailable) {
      const target = id === 'bmip' ? 1e-3 : 1e-9;
      const cb = runCbc(mps, target, id === 'bmip' ? 300 : 120);
      print(
        `  native CBC on the same MPS (relative gap ${target}): ${cb.result}, obj ${cb.objective ?? '-'}${cb.gap ? `, gap ${cb.gap}` : ''}; wall ${cb.wallS.toFixed(2)} s (process incl. reading MPS); load ${load()}`,
      );
      const mips = results.filter((r) => (r.status === 'optimal' || r.status === 'time-limit') && r.objective !== null);
      for (const r of mips)
        print(
          `  ours ${`${r.backend}/${r.method}`.padEnd(18)} cold input→plan ${s(r.cold.inputToPlanMs)} (solve ${s(r.cold.solveMs)}) vs CBC wall ${cb.wallS.toFixed(2)} s → ratio ${(r.cold.inputToPlanMs / 1000 / cb.wallS).toFixed(2)} (solve only ${(r.cold.solveMs / 1000 / cb.wallS).toFixed(2)}); ${r.status}${r.gap ? ` gap ${(r.gap * 100).toFixed(4)} %` : ''}; objective vs CBC ${cb.objective === null ? '-' : `rel. diff ${rel(cb.objective, r.objective!).toExponential(1)}`}; parts ${(r.parts ?? []).map((p) => `${p.backend}×${p.blocks}`).join(', ')}`,
        );
    }
  } else if (!clpAvailable) print('  native CLP not installed (apt-get install coinor-clp): no comparison');
}

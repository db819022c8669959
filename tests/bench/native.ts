/** Native COIN-OR CLP and CBC on an MPS file (the benchmarks' comparison), and whether they are installed. */
import { spawnSync } from 'node:child_process';

export interface ClpResult {
  objective: number | null;
  wallS: number;
  solveS: number | null;
  maxRssMb: number;
  status: string;
}

export interface CbcResult {
  objective: number | null;
  wallS: number;
  result: string;
  gap: string | null;
}

export const clpAvailable = () => spawnSync('clp', ['-quit'], { encoding: 'utf8' }).status !== null;
export const cbcAvailable = () => spawnSync('cbc', ['-quit'], { encoding: 'utf8' }).status !== null;

/** CBC on the same MPS (MIP cases): the honest comparison for a MIP, not CLP's LP relaxation. */
export function runCbc(mps: string, relGap: number, seconds: number): CbcResult {
  const t0 = performance.now();
  const p = spawnSync(
    'cbc',
    [
      mps,
      '-ratioGap',
      String(relGap),
      '-allowableGap',
      '1e-7',
      '-timeMode',
      'elapsed',
      '-sec',
      String(seconds),
      '-solve',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: (seconds + 60) * 1000 },
  );
  const out = `${p.stdout}\n${p.stderr}`;
  const obj = /Objective value:\s+(\S+)/.exec(out);
  return {
    objective: obj ? Number(obj[1]) : null,
    wallS: (performance.now() - t0) / 1000,
    result: /Result - ([^\n]+)/.exec(out)?.[1]?.trim() ?? 'unknown',
    gap: /Gap:\s+(\S+)/.exec(out)?.[1] ?? null,
  };
}

export function runClp(mps: string): ClpResult {
  const t0 = performance.now();
  const p = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', 'clp', mps, '-solve'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  const wallMs = performance.now() - t0;
  const out = `${p.stdout}\n${p.stderr}`;
  const m = /Optimal objective ([-\d.e+]+) - \d+ iterations time ([\d.]+)/.exec(out);
  const tm = /TIME ([\d.]+) (\d+)/.exec(out);
  return {
    objective: m ? Number(m[1]) : null,
    solveS: m ? Number(m[2]) : null,
    wallS: wallMs / 1000,
    maxRssMb: tm ? Number(tm[2]) / 1024 : NaN,
    status: m ? 'optimal' : (out.split('\n').find((l) => /infeasible|unbounded|stopped/i.test(l)) ?? 'unknown'),
  };
}

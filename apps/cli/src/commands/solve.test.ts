import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalogue } from '@dekkend/domain';
import type { RegionData } from '@dekkend/engine';
import { describe, expect, it } from 'vitest';
import { parseSolveArgs, problemFromArgs, solveCommand } from './solve.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const example = resolve(here, '../../../../packages/engine/examples/brunssum-startklas.json');

function capture() {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  };
}

describe('dekkend solve', () => {
  it('solves the documented example and writes JSON, CSV and a summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dekkend-solve-'));
    const c = capture();
    const code = await solveCommand(['--scenario', example, '--out', dir], c.io);
    expect(c.err()).toContain('solve');
    expect(code).toBe(0);
    expect(c.out()).toMatch(/optimal/);
    expect(c.out()).toMatch(/Verified against every constraint: yes/);
    const files = await readdir(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        'plan.json',
        'flows.csv',
        'coverage.csv',
        'actions.csv',
        'utilisation.csv',
        'transport.csv',
        'duals.csv',
        'years.csv',
      ]),
    );
    const plan = JSON.parse(await readFile(join(dir, 'plan.json'), 'utf8'));
    expect(plan.status).toBe('optimal');
    expect(plan.perYear.map((y: { year: number }) => y.year)).toEqual([2026, 2027, 2028, 2029]);
    expect((await readFile(join(dir, 'actions.csv'), 'utf8')).split('\n')[0]).toBe(
      'year,kind,target,category,quantity,cost,runningCostPerYear,runningCostTotal,outright,description',
    );
  });

  it('refuses bad arguments with usage and exit code 2', async () => {
    const c = capture();
    expect(await solveCommand(['--backend', 'cplex'], c.io)).toBe(2);
    expect(c.err()).toContain('--backend: must be auto, highs, jslp, network or native');
    expect(c.err()).toContain('arguments: give --scenario FILE and/or --region CODE');
    expect(c.err()).toContain('usage: dekkend solve');
    expect(() => parseSolveArgs(['--region', 'PO3106', '--years', '2020-2030'])).toThrow(
      /years must lie within 2026–2035/,
    );
    expect(parseSolveArgs(['--region', 'PO3106,VO3106', '--years', '2026-2028']).years).toEqual([2026, 2027, 2028]);
  });

  it('reports invalid scenario content with item and reason (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dekkend-bad-'));
    const file = join(dir, 'bad.json');
    const ex = JSON.parse(await readFile(example, 'utf8'));
    ex.regionData.provisions[0].totalCapacity = -5;
    await writeFile(file, JSON.stringify(ex));
    const c = capture();
    expect(await solveCommand(['--scenario', file, '--out', dir, '--quiet'], c.io)).toBe(1);
    expect(c.err()).toMatch(/provisions\[0\] \(20AG00 SBO De Boemerang\)\.capacity\.leren: must be ≥ 0 \(got -5\)/);
    await writeFile(file, '[1,2]');
    const c2 = capture();
    expect(await solveCommand(['--scenario', file], c2.io)).toBe(1);
    expect(c2.err()).toContain('not a scenario file');
  });

  it('loads regions through the database loader when --region is given', async () => {
    const data: RegionData = {
      years: [2026],
      catalogue: defaultCatalogue,
      regions: [{ code: 'PO9999', sector: 'PO' }],
      areas: [
        {
          id: 'PO:1234',
          lat: 52,
          lon: 5,
          gemeenteCode: 'GM0001',
          regionCode: 'PO9999',
          sector: 'PO',
          demand: { gedrag: { 2026: 3 } },
        },
      ],
      provisions: [
        {
          id: 'X',
          name: 'SBO X',
          lat: 52.01,
          lon: 5,
          rung: 3,
          sectors: ['PO'],
          regionCode: 'PO9999',
          totalCapacity: 10,
          accessible: true,
        },
      ],
      specialistPools: [],
    };
    let asked: unknown;
    const p = await problemFromArgs(
      parseSolveArgs(['--region', 'PO9999', '--years', '2026']),
      async (regions, years) => {
        asked = { regions, years };
        return data;
      },
    );
    expect(asked).toEqual({ regions: ['PO9999'], years: [2026] });
    expect(p.zones).toHaveLength(1);
    expect(p.provisions[0]!.categories).toEqual(['leren', 'gedrag']);
  });
});
